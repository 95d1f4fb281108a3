import { env } from '../platform/config/env.ts';

/** Webhook settings from the environment (platform/config/env.ts); the same names locally and deployed. */

/** `true` only in the local stack: http and private addresses are allowed so tests can run a receiver. */
export const allowPrivateTargets = () => env().WEBHOOK_ALLOW_PRIVATE_TARGETS;

/** Multiplies every retry delay (e.g. 0.001 turns 5 min into 0.3 s). */
export const retryScale = () => env().WEBHOOK_RETRY_SCALE;

/** One attempt's budget: connect, send, and the response status (the contract's 10 s). */
export const attemptTimeoutMs = () => env().WEBHOOK_TIMEOUT_MS;

/** An endpoint failing this long without a success is disabled (the contract's 5 days). */
export const disableAfterMs = () => env().WEBHOOK_DISABLE_AFTER_SECONDS * 1000;

/** Partitions of the due-time index; the dispatcher reads each one. */
export const DUE_SHARDS = 8;

/** Deliveries are kept this long in the log. */
export const DELIVERY_RETENTION_SECONDS = 30 * 24 * 3600;

/** Secrets replaced by a rotation keep signing this long. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

/** The deliverer's function name (deployed: set by CDK; locally the local Lambda endpoint knows it). */
export const delivererFunction = () => env().WEBHOOK_DELIVER_FUNCTION;
