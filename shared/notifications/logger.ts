import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The stream consumer's own logger. Not the HTTP logger: locally every
 * handler runs in one process, and that one carries the last request's context.
 */
export const notifyLogger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'orgs',
  persistentKeys: { function: 'notify' },
});
