import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../shared/platform/dynamo/client.ts';
import { keys } from '../shared/platform/dynamo/keys.ts';
import { type CallTally, newTally } from './ddb-call-counter.ts';
import type { Identity } from './identities.ts';
import { progress } from './progress.ts';
import { type BenchContext, ddbOf, loopResult, request, type ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';
import { boundedLoop } from './stats.ts';

/** One GetItem of a profile through the handlers' SDK client (the bare baseline's call). */
export const getProfile = (userId: string) => () =>
  db().send(new GetCommand({ TableName: tableName(), Key: keys.user(userId) }));

/**
 * Unmeasured: DynamoDB Local's JIT (it keeps getting faster for several seconds
 * after start), the handler modules, jose's JWKS cache, the load worker.
 */
export async function warmUp(context: BenchContext, me: Identity): Promise<void> {
  await context.load.run({
    url: context.stack.apiUrl,
    connections: sizes.connections,
    duration: sizes.warmupSeconds,
    requests: [request('GET', '/me', me.token)],
  });
  await boundedLoop({ concurrency: sizes.connections, durationMs: 2000 }, getProfile(me.userId));
}

export interface LoopRun {
  latenciesMs: number[];
  elapsedMs: number;
  tally: CallTally;
}

/** GetItem of one profile through the handlers' SDK client: no HTTP, no handler. */
export async function bareLoop(
  context: BenchContext,
  userId: string,
  concurrency: number,
  durationMs: number,
): Promise<LoopRun> {
  await context.counter.quiesce();
  const { value: loop, tally } = await context.counter.local(() =>
    boundedLoop({ concurrency, durationMs }, getProfile(userId)),
  );
  if (loop.failures > 0) throw new Error(`bare GetItem failed: ${String(loop.firstError)}`);
  return { latenciesMs: loop.latenciesMs, elapsedMs: loop.elapsedMs, tally };
}

/** Runs of the loop as one scenario row. */
export function bareResult(concurrency: number, runs: LoopRun[]): ScenarioResult {
  const latenciesMs = runs.flatMap((run) => run.latenciesMs);
  const elapsedMs = runs.reduce((sum, run) => sum + run.elapsedMs, 0);
  const tally = newTally();
  for (const run of runs) {
    for (const [command, n] of Object.entries(run.tally.calls))
      tally.calls[command] = (tally.calls[command] ?? 0) + n;
  }
  const name = `baseline: bare GetItem (SDK, ${concurrency} in flight)`;
  progress(`${name}: ${latenciesMs.length} calls in ${(elapsedMs / 1000).toFixed(1)} s`);
  return loopResult(
    name,
    'call',
    latenciesMs,
    elapsedMs,
    ddbOf(tally, latenciesMs.length),
    `loop in the main thread with at most ${concurrency} in flight, timed with performance.now()`,
  );
}
