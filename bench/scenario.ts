import type { LocalStack } from '../infra/local/stack.ts';
import type { ApiClient } from './api.ts';
import { type CallCounter, type CallTally, totalCalls } from './ddb-call-counter.ts';
import type { LoadGenerator } from './load.ts';
import type { LoadRequest } from './load-types.ts';
import { type LatencySummary, summarize } from './stats.ts';

export interface BenchContext {
  stack: LocalStack;
  api: ApiClient;
  counter: CallCounter;
  load: LoadGenerator;
  webhookSecret: string;
  /** free-text remarks printed under the table */
  notes: string[];
}

export interface ScenarioResult extends LatencySummary {
  name: string;
  /** what one operation is: an HTTP request, an SDK call, a stream record, a webhook delivery */
  unit: 'request' | 'call' | 'record' | 'delivery';
  ok: number;
  failed: number;
  /** HTTP: how many of the scenario's distinct requests were sent (the first `sent`) */
  sent?: number;
  statusCounts?: Record<string, number>;
  errorSamples?: Record<string, string>;
  ddb: {
    /** operations the calls are divided by (server-side count for HTTP) */
    operations: number;
    perOperation: number;
    byCommand: Record<string, number>;
    failures: Record<string, number>;
    /** calls outside the measured requests meanwhile (stream poller, emulator webhooks) */
    background: Record<string, number>;
  };
  note?: string;
}

const perOperation = (counts: Record<string, number>, operations: number) =>
  Object.fromEntries(
    Object.entries(counts)
      .sort(([, a], [, b]) => b - a)
      .map(([command, n]) => [command, operations > 0 ? n / operations : 0]),
  );

export function ddbOf(tally: CallTally, operations: number, background: Record<string, number> = {}) {
  return {
    operations,
    perOperation: operations > 0 ? totalCalls(tally) / operations : 0,
    byCommand: perOperation(tally.calls, operations),
    failures: tally.failures,
    background,
  };
}

/** `/orgs/{orgId}/members` style templates → a matcher for concrete paths. */
export function routeMatcher(method: string, template: string) {
  const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return (requestMethod: string, path: string) => requestMethod === method && pattern.test(path);
}

/** One request for the load generator, JSON body and bearer token optional. */
export const request = (method: string, path: string, token?: string, body?: unknown): LoadRequest => ({
  method,
  path,
  headers: {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

/** The row of a loop that timed its operations itself (no HTTP), every one of them ok. */
export function loopResult(
  name: string,
  unit: ScenarioResult['unit'],
  latenciesMs: number[],
  elapsedMs: number,
  ddb: ScenarioResult['ddb'],
  note: string,
): ScenarioResult {
  return { name, unit, ...summarize(latenciesMs, elapsedMs), ok: latenciesMs.length, failed: 0, ddb, note };
}
