import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DynamoDBBatchResponse } from 'aws-lambda';
import { backgroundFunctions } from '../functions/background.ts';
import { loadHandler, projectRoot } from '../infra/local/handler-loader.ts';
import { lambdaContext } from '../infra/local/lambda-context.ts';
import { newIdentities } from './identities.ts';
import { progress } from './progress.ts';
import { type BenchContext, ddbOf, request, routeMatcher, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { waitForEmail } from './ses-store.ts';
import { sizes } from './sizes.ts';
import { summarize } from './stats.ts';
import { invitationInsertBatch } from './stream-records.ts';

export const notifyExists = () => existsSync(path.join(projectRoot, backgroundFunctions.notify.handler));

/** The stream handler invoked directly with synthetic batches of invitation INSERTs (emails to SES local). */
export async function streamThroughput(context: BenchContext, org: OwnedOrg): Promise<ScenarioResult> {
  const handler = await loadHandler(backgroundFunctions.notify);
  await context.counter.quiesce();
  const batchMs: number[] = [];
  let failures = 0;
  const { tally } = await context.counter.local(async () => {
    for (let batch = 0; batch < sizes.streamBatches; batch++) {
      const event = invitationInsertBatch(
        org.orgId,
        { userId: org.owner.userId, name: 'Bench Owner' },
        sizes.streamBatchSize,
      );
      const started = performance.now();
      const response = (await handler(
        event,
        lambdaContext(backgroundFunctions.notify.id),
      )) as DynamoDBBatchResponse;
      batchMs.push(performance.now() - started);
      failures += response?.batchItemFailures?.length ?? 0;
    }
  });
  const records = sizes.streamBatches * sizes.streamBatchSize;
  progress(
    `stream handler: ${sizes.streamBatches} batches in ${(batchMs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
  );
  const elapsedMs = batchMs.reduce((sum, ms) => sum + ms, 0);
  const perRecord = batchMs.map((ms) => ms / sizes.streamBatchSize);
  return {
    name: 'stream notify handler, direct (per record)',
    unit: 'record',
    ...summarize(perRecord, elapsedMs, records),
    ok: records - failures,
    failed: failures,
    ddb: ddbOf(tally, records),
    note: `req/s = records/s; p50/p99 = batch time / ${sizes.streamBatchSize} over ${sizes.streamBatches} batches of ${sizes.streamBatchSize} synthetic invitation INSERTs (records run one after another, emails to SES local); batches ms: ${batchMs.map((ms) => ms.toFixed(0)).join(', ')}`,
  };
}

/**
 * From POST /orgs/{id}/invitations to the email in SES local, through the stream poller;
 * with `load`, while a mixed read/write load (GET /me, PATCH /orgs/{id}: stream records of
 * their own) runs beside it, as the test suite's own load does.
 */
export async function inviteToEmail(
  context: BenchContext,
  org: OwnedOrg,
  load?: { busy: OwnedOrg },
): Promise<ScenarioResult> {
  const invitees = await newIdentities(sizes.endToEndSamples, load ? 'e2e-load' : 'e2e');
  for (const invitee of invitees) await context.api.expect(200, 'GET', '/me', { token: invitee.token });
  await context.counter.quiesce();
  const before = { ...context.counter.background.calls };
  const totalMs: number[] = [];
  const afterResponseMs: number[] = [];
  let loading = load !== undefined;
  const background = load
    ? context.load
        .run({
          url: context.stack.apiUrl,
          connections: sizes.connections,
          duration: sizes.endToEndLoadSeconds,
          requests: [
            request('GET', '/me', load.busy.owner.token),
            request('PATCH', `/orgs/${load.busy.orgId}`, load.busy.owner.token, { name: 'Busy bench org' }),
          ],
        })
        .finally(() => {
          loading = false;
        })
    : undefined;
  const { tally } = await context.counter.http(
    routeMatcher('POST', '/orgs/{orgId}/invitations'),
    async () => {
      for (const invitee of invitees) {
        if (load && !loading) break;
        const wall = Date.now();
        const started = performance.now();
        await context.api.expect(201, 'POST', `/orgs/${org.orgId}/invitations`, {
          token: org.owner.token,
          body: { email: invitee.email, role: 'member' },
        });
        const answered = performance.now();
        const seen = await waitForEmail(context.stack.sesUrl, invitee.email, wall);
        if (load && !loading) break; // the load ended while this one was on its way
        totalMs.push(seen - started);
        afterResponseMs.push(seen - answered);
      }
    },
  );
  const loadOutcome = await background;
  const streamCalls: Record<string, number> = {};
  for (const [command, n] of Object.entries(context.counter.background.calls)) {
    const delta = n - (before[command] ?? 0);
    if (delta > 0) streamCalls[command] = delta / Math.max(1, totalMs.length);
  }
  if (totalMs.length === 0) throw new Error('invite → email: no sample completed');
  const after = summarize(afterResponseMs, 0);
  progress(`invite → email${load ? ' under load' : ''}: ${totalMs.length} samples`);
  const beside = loadOutcome
    ? `; beside it ${loadOutcome.responses} requests of GET /me and PATCH /orgs/{id} at ${sizes.connections} connections (${(loadOutcome.responses / (loadOutcome.elapsedMs / 1000)).toFixed(0)} req/s)`
    : "; background = the stream handler's calls per email";
  return {
    name: `invite → email in SES local (end to end${load ? ', under load' : ''})`,
    unit: 'request',
    ...summarize(totalMs, 0),
    perSecond: Number.NaN,
    ok: totalMs.length,
    failed: 0,
    ddb: ddbOf(tally, tally.requests, load ? {} : streamCalls),
    note: `${totalMs.length} invites one at a time, polling GET /store every 10 ms; after the 201: p50 ${after.p50Ms.toFixed(0)} ms, p99 ${after.p99Ms.toFixed(0)} ms (the poller idles 200 ms between polls)${beside}`,
  };
}

/** Change → email idle and under load: the p99 is what a test waiting for an email must allow. */
export const streamRatios = (idle: ScenarioResult, loaded: ScenarioResult): Record<string, number> => ({
  'invite → email p50 ms, idle': idle.p50Ms,
  'invite → email p99 ms, idle': idle.p99Ms,
  'invite → email p50 ms, under load': loaded.p50Ms,
  'invite → email p99 ms, under load': loaded.p99Ms,
  'invite → email under load ÷ idle, p99 latency': loaded.p99Ms / idle.p99Ms,
});
