import { db } from '../../shared/platform/dynamo/client.ts';

/**
 * Logs each DynamoDB call of the stack's handlers (the module instance they share, as the
 * bench's call counter does) that takes `thresholdMs` or more, retries included: with the
 * gateway's slow-request lines it tells a slow DynamoDB Local from a blocked event loop.
 */
export function logSlowDynamoDbCalls(log: (line: string) => void, thresholdMs = 5000) {
  db().middlewareStack.add(
    (next, context) => async (args) => {
      const started = Date.now();
      try {
        return await next(args);
      } finally {
        const took = Date.now() - started;
        if (took >= thresholdMs) log(`slow DynamoDB call: ${String(context.commandName)} ${took} ms`);
      }
    },
    { step: 'initialize', name: 'slowDynamoDbCallLog' },
  );
}
