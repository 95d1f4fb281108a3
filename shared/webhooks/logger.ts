import { Logger } from '@aws-lambda-powertools/logger';

/** The webhook functions' logger (not the HTTP one: locally every handler shares one process). */
export const webhookLogger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'orgs',
  persistentKeys: { component: 'webhooks' },
});
