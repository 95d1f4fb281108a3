import { componentLogger } from '../platform/logger.ts';

/**
 * The stream consumer's logger. Not the HTTP logger: locally every handler runs in
 * one process, and an HTTP invocation's request context belongs to its lines only.
 */
export const notifyLogger = componentLogger('notify');
