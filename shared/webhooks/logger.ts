import { componentLogger } from '../platform/logger.ts';

/** The webhook functions' logger (not the HTTP one: locally every handler shares one process). */
export const webhookLogger = componentLogger('webhooks');
