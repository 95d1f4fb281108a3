import { Logger } from '@aws-lambda-powertools/logger';
import { serviceName } from '../platform/config/env.ts';

/**
 * The stream consumer's own logger. Not the HTTP logger: locally every
 * handler runs in one process, and that one carries the last request's context.
 */
export const notifyLogger = new Logger({
  serviceName: serviceName(),
  persistentKeys: { function: 'notify' },
});
