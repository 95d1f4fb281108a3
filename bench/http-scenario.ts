import { type CallTally, newTally } from './ddb-call-counter.ts';
import { emptyOutcome, type LoadOutcome, type LoadRequest } from './load-types.ts';
import { progress } from './progress.ts';
import { type BenchContext, ddbOf, routeMatcher, type ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';
import { summarize } from './stats.ts';

export interface HttpScenario {
  name: string;
  method: string;
  /** the route template, e.g. `/orgs/{orgId}` */
  route: string;
  requests: LoadRequest[];
  duration?: number;
  amount?: number;
  /** stop an `amount` run after this many seconds */
  maxSeconds?: number;
  connections?: number;
  note?: string;
  /** false: start at once, even while background work goes on (it is part of the scenario) */
  quiesce?: boolean;
  /** another server than the local API (its requests' DynamoDB calls count as background) */
  url?: string;
}

/** What one load run produced: client-side outcome, server-side calls, background calls meanwhile. */
export interface HttpRun {
  outcome: LoadOutcome;
  tally: CallTally;
  background: Record<string, number>;
}

const add = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
  return into;
};

const difference = (after: Record<string, number>, before: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(after)
      .map(([key, n]) => [key, n - (before[key] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );

/** Drives one route with autocannon and counts the DynamoDB calls its requests make. */
export async function runHttp(context: BenchContext, scenario: HttpScenario): Promise<HttpRun> {
  if (scenario.amount === 0 || scenario.requests.length === 0)
    throw new Error(`${scenario.name}: nothing to send`);
  if (scenario.quiesce !== false) await context.counter.quiesce();
  const before = { ...context.counter.background.calls };
  const { value: outcome, tally } = await context.counter.http(
    routeMatcher(scenario.method, scenario.route),
    () =>
      context.load.run({
        url: scenario.url ?? context.stack.apiUrl,
        connections: Math.min(
          scenario.connections ?? sizes.connections,
          scenario.amount ?? Number.POSITIVE_INFINITY,
        ),
        duration: scenario.duration,
        amount: scenario.amount,
        maxSeconds: scenario.maxSeconds,
        requests: scenario.requests,
      }),
  );
  return { outcome, tally, background: difference(context.counter.background.calls, before) };
}

/** Several runs of the same scenario as one (e.g. interleaved with another scenario's runs). */
export function mergeRuns(runs: HttpRun[]): HttpRun {
  const outcome = emptyOutcome(runs.flatMap((run) => run.outcome.latenciesMs));
  const tally = newTally();
  const background: Record<string, number> = {};
  for (const run of runs) {
    outcome.elapsedMs += run.outcome.elapsedMs;
    outcome.sent += run.outcome.sent;
    outcome.responses += run.outcome.responses;
    outcome.errors += run.outcome.errors;
    outcome.timeouts += run.outcome.timeouts;
    add(outcome.statusCounts, run.outcome.statusCounts);
    Object.assign(outcome.errorSamples, run.outcome.errorSamples);
    tally.requests += run.tally.requests;
    add(tally.calls, run.tally.calls);
    add(tally.failures, run.tally.failures);
    add(background, run.background);
  }
  return { outcome, tally, background };
}

export function httpResult(scenario: HttpScenario, { outcome, tally, background }: HttpRun): ScenarioResult {
  const ok = outcome.latenciesMs.length;
  const result: ScenarioResult = {
    name: scenario.name,
    unit: 'request',
    ...summarize(outcome.latenciesMs, outcome.elapsedMs, outcome.responses),
    ok,
    failed: outcome.responses - ok + outcome.errors + outcome.timeouts,
    sent: outcome.sent,
    statusCounts: outcome.statusCounts,
    errorSamples: outcome.errorSamples,
    ddb: ddbOf(tally, tally.requests, background),
    ...(scenario.note ? { note: scenario.note } : {}),
  };
  progress(`${result.name}: ${result.count} responses in ${(result.elapsedMs / 1000).toFixed(1)} s`);
  return result;
}

export async function measureHttp(context: BenchContext, scenario: HttpScenario): Promise<ScenarioResult> {
  return httpResult(scenario, await runHttp(context, scenario));
}
