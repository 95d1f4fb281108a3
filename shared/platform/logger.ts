import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { serviceName } from './config/env.ts';

/** The one root logger of the process; every other logger is a child of it. */
const rootLogger = new Logger({ serviceName: serviceName() });
const invocationLogger = new AsyncLocalStorage<Logger>();

/**
 * The structured JSON logger. Inside an invocation (`withInvocationLogger`) every call
 * goes to that invocation's own child logger, so its request id, route, function name
 * and cold start stay with its lines even when invocations run concurrently in one
 * process (the local gateway; Lambda's multi-concurrency runtimes). Outside one, the
 * root logger.
 */
export const logger: Logger = new Proxy(rootLogger, {
  get(_target, property) {
    const current = invocationLogger.getStore() ?? rootLogger;
    const value = Reflect.get(current, property, current);
    // bound to the real instance: Logger keeps its state in private fields
    return typeof value === 'function' ? value.bind(current) : value;
  },
});

/** Runs one invocation with its own logger carrying its Lambda context and `keys`. */
export function withInvocationLogger<T>(
  invocation: { context?: Context; coldStart: boolean; keys: Record<string, unknown> },
  run: () => T,
): T {
  const child = rootLogger.createChild();
  if (invocation.context?.awsRequestId) {
    // Powertools reports cold start per Logger instance (and only when Lambda sets
    // AWS_LAMBDA_INITIALIZATION_TYPE); this child reports the function's own
    (child as unknown as { getColdStart: () => boolean }).getColdStart = () => invocation.coldStart;
    child.addContext(invocation.context);
  }
  child.appendKeys(invocation.keys);
  return invocationLogger.run(child, run);
}

/**
 * The logger of a part that logs outside the HTTP invocations (a stream consumer, a
 * schedule, the webhook deliverer): a child of the root with `component` on every line.
 * Never a child of an invocation's logger: locally every function runs in one process,
 * and an HTTP request's id and route must not show up on another function's lines.
 */
export const componentLogger = (component: string): Logger =>
  rootLogger.createChild({ persistentKeys: { component } });
