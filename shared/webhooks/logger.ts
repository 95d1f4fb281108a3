import { Logger } from '@aws-lambda-powertools/logger';
import { serviceName } from '../platform/config/env.ts';

/** The webhook functions' logger (not the HTTP one: locally every handler shares one process). */
export const webhookLogger = new Logger({
  serviceName: serviceName(),
  persistentKeys: { component: 'webhooks' },
});
