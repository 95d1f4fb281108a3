import { AsyncLocalStorage } from 'node:async_hooks';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { db } from '../shared/platform/dynamo/client.ts';

/** DynamoDB calls (by command) and failures (by command:error) of one scenario. */
export interface CallTally {
  /** HTTP requests attributed to this tally (0 for in-process work) */
  requests: number;
  /** of those, still without a response */
  inFlight: number;
  calls: Record<string, number>;
  failures: Record<string, number>;
}

export type RequestMatcher = (method: string, path: string) => boolean;

const MIDDLEWARE_NAME = 'benchCallCounter';
const REQUEST_START = 'http.server.request.start';

export const newTally = (): CallTally => ({ requests: 0, inFlight: 0, calls: {}, failures: {} });
export const totalCalls = (tally: CallTally) => Object.values(tally.calls).reduce((sum, n) => sum + n, 0);
const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Counts every DynamoDB call made through the shared document client (the one the
 * in-process handlers use) and attributes it to the HTTP request that made it:
 * `http.server.request.start` (published synchronously just before the gateway's
 * request listener runs) puts the scenario's tally into the request's async
 * context, and the SDK middleware reads it back. Calls made outside any request
 * (the stream poller, the scheduler) land in `background`.
 */
export function installCallCounter(apiPort: number) {
  const storage = new AsyncLocalStorage<CallTally>();
  const background = newTally();
  let active: { match: RequestMatcher; tally: CallTally } | undefined;
  let lastMatchedStart = 0;

  const onRequestStart = (message: unknown) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    if (request.socket.localPort !== apiPort) return; // SES local, the Stripe emulator
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const tally = active?.match(request.method ?? 'GET', path) ? active.tally : background;
    if (tally !== background) {
      lastMatchedStart = performance.now();
      tally.requests++;
      tally.inFlight++;
      // the gateway ends every response once the handler returned, even if the client left
      const end = response.end;
      response.end = function (this: ServerResponse, ...args: unknown[]) {
        tally.inFlight--;
        response.end = end;
        return (end as (...rest: unknown[]) => ServerResponse).apply(this, args);
      } as ServerResponse['end'];
    }
    storage.enterWith(tally);
  };
  diagnosticsChannel.subscribe(REQUEST_START, onRequestStart);

  db().middlewareStack.add(
    (next, context) => async (args) => {
      const tally = storage.getStore() ?? background;
      const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      increment(tally.calls, command);
      try {
        return await next(args);
      } catch (error) {
        increment(tally.failures, `${command}:${error instanceof Error ? error.name : 'Error'}`);
        throw error;
      }
    },
    { step: 'initialize', name: MIDDLEWARE_NAME },
  );

  return {
    background,
    /**
     * HTTP requests to the API matching `match` that start while `run` runs (or
     * arrive just after: bytes a load generator wrote before it stopped) count
     * into the tally. It is returned once all of them have answered: requests cut
     * off by the client at its deadline still run to the end on the server.
     */
    async http<T>(match: RequestMatcher, run: () => Promise<T>): Promise<{ value: T; tally: CallTally }> {
      const tally = newTally();
      active = { match, tally };
      try {
        const value = await run();
        const deadline = performance.now() + 30_000;
        const settled = () => tally.inFlight === 0 && performance.now() - lastMatchedStart > 150;
        while (!settled() && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return { value, tally };
      } finally {
        active = undefined;
      }
    },
    /** Calls made by `run` itself in this process. */
    async local<T>(run: () => Promise<T>): Promise<{ value: T; tally: CallTally }> {
      const tally = newTally();
      return { value: await storage.run(tally, run), tally };
    },
    /** Waits until the background (stream poller) has made no call for `idleMs`. */
    async quiesce(idleMs = 500, maxMs = 30_000): Promise<boolean> {
      const started = Date.now();
      let last = totalCalls(background);
      let lastChange = Date.now();
      while (Date.now() - started < maxMs) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const now = totalCalls(background);
        if (now !== last) {
          last = now;
          lastChange = Date.now();
        } else if (Date.now() - lastChange >= idleMs) return true;
      }
      return false;
    },
    uninstall() {
      diagnosticsChannel.unsubscribe(REQUEST_START, onRequestStart);
      db().middlewareStack.remove(MIDDLEWARE_NAME);
    },
  };
}

export type CallCounter = ReturnType<typeof installCallCounter>;
