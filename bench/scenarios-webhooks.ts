import { attemptTimeoutMs } from '../shared/webhooks/config.ts';
import { type Receiver, startReceiver } from '../test/support/webhook-receiver.ts';
import { type HttpScenario, httpResult, mergeRuns, runHttp } from './http-scenario.ts';
import { newIdentities } from './identities.ts';
import { progress } from './progress.ts';
import { type BenchContext, loopResult, request, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { sizes } from './sizes.ts';
import { boundedLoop } from './stats.ts';

const WAIT_MS = 60_000;

/** Webhook rows count deliveries at the receiver, not DynamoDB calls of requests. */
const noCalls = { operations: 0, perOperation: Number.NaN, byCommand: {}, failures: {}, background: {} };

async function waitFor(what: string, done: () => boolean, deadlineMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`webhooks: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const register = (context: BenchContext, { owner, orgId }: OwnedOrg, url: string, events: string[]) =>
  context.api.expect(201, 'POST', `/orgs/${orgId}/webhook-endpoints`, {
    token: owner.token,
    body: { url, events },
  }) as Promise<{ id: string }>;

function deliveryResult(
  name: string,
  latenciesMs: number[],
  elapsedMs: number,
  note: string,
): ScenarioResult {
  progress(`${name}: ${latenciesMs.length} deliveries in ${(elapsedMs / 1000).toFixed(1)} s`);
  return loopResult(name, 'delivery', latenciesMs, elapsedMs, noCalls, note);
}

/**
 * Invitations one after another (a pause between them, so each is a lone change, not a
 * queue): from the moment the POST was sent to the first attempt arriving at the receiver.
 */
async function changeToDelivery(context: BenchContext, org: OwnedOrg, receiver: Receiver) {
  await register(context, org, receiver.url('/latency'), ['invitation.created']);
  // only people who have signed in once can be invited
  const invitees = await newIdentities(sizes.webhookLatencySamples, 'hookee');
  const signedIn = await boundedLoop({ concurrency: sizes.connections, total: invitees.length }, (i) =>
    context.api.expect(200, 'GET', '/me', { token: invitees[i]?.token }),
  );
  if (signedIn.failures > 0) throw new Error(`webhook invitees: ${String(signedIn.firstError)}`);
  const sentAt = new Map<string, number>();
  const started = performance.now();
  for (const { email } of invitees) {
    sentAt.set(email, Date.now());
    await context.api.expect(201, 'POST', `/orgs/${org.orgId}/invitations`, {
      token: org.owner.token,
      body: { email, role: 'member' },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await waitFor(`${sentAt.size} invitation.created deliveries`, () => {
    const emails = new Set(receiver.at('/latency').map((r) => r.event?.data?.email));
    return [...sentAt.keys()].every((email) => emails.has(email));
  });
  const first = new Map<string, number>();
  for (const r of receiver.at('/latency')) {
    const email = r.event?.data?.email as string;
    if (!first.has(email)) first.set(email, r.at);
  }
  const latencies = [...sentAt].map(([email, at]) => (first.get(email) ?? Number.NaN) - at);
  return deliveryResult(
    'webhook: change → first attempt at receiver',
    latencies,
    performance.now() - started,
    `${sizes.webhookLatencySamples} POST /invitations, 50 ms apart; from sending the POST (ms clock) to the invitation.created request arriving at a receiver in this process (stream poller → events → deliver)`,
  );
}

/** One org rename fanned out to every endpoint of the org; rounds one after another. */
async function fanOut(context: BenchContext, org: OwnedOrg, receiver: Receiver) {
  const n = sizes.webhookFanoutEndpoints;
  for (let i = 0; i < n; i++)
    await register(context, org, receiver.url(`/fan/${i}`), ['organization.updated']);
  const arrivals = () => receiver.all.filter((r) => r.path.startsWith('/fan/'));
  const latencies: number[] = [];
  let busyMs = 0;
  for (let round = 0; round < sizes.webhookFanoutEvents; round++) {
    const before = arrivals().length;
    const sent = Date.now();
    await context.api.expect(200, 'PATCH', `/orgs/${org.orgId}`, {
      token: org.owner.token,
      body: { name: `Bench fan-out ${round}` },
    });
    await waitFor(`${n} fan-out deliveries`, () => arrivals().length >= before + n);
    const got = arrivals().slice(before);
    latencies.push(...got.map((r) => r.at - sent));
    busyMs += Math.max(...got.map((r) => r.at)) - sent;
  }
  return deliveryResult(
    `webhook: one event fanned out to ${n} endpoints`,
    latencies,
    busyMs,
    `${sizes.webhookFanoutEvents} PATCH /orgs/{id} one after another, each awaited at all ${n} endpoints; latency per delivery from the PATCH; deliveries/s over write → last arrival`,
  );
}

/**
 * GET /me while a writer renames an org every 100 ms: without a webhook endpoint on that org,
 * then with one endpoint that never answers (each attempt holds its connection until the
 * attempt timeout; retries follow), then without again (A B B A). The endpoint is deleted
 * and its held attempts let time out before the last A.
 */
async function hangingEndpoint(context: BenchContext, org: OwnedOrg, receiver: Receiver) {
  let writing = true;
  let renames = 0;
  const writer = (async () => {
    while (writing) {
      await context.api.call('PATCH', `/orgs/${org.orgId}`, {
        token: org.owner.token,
        body: { name: `Bench hang ${renames++}` },
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const none: HttpScenario = {
    name: 'GET /me (no webhook endpoint)',
    method: 'GET',
    route: '/me',
    requests: [request('GET', '/me', org.owner.token)],
    duration: sizes.durationSeconds / 2,
    quiesce: false,
    note: 'A B B A with the row below; an org is renamed every 100 ms meanwhile (all runs)',
  };
  const hang: HttpScenario = {
    ...none,
    name: 'GET /me (one webhook endpoint hanging)',
    note: 'the renamed org has one endpoint that never answers (attempts held until the attempt timeout)',
  };
  const remove = (id: string) =>
    context.api.call('DELETE', `/orgs/${org.orgId}/webhook-endpoints/${id}`, { token: org.owner.token });
  let endpointId: string | undefined;
  try {
    const noneRuns = [await runHttp(context, none)];
    receiver.script('/hang', ['hang']);
    endpointId = (await register(context, org, receiver.url('/hang'), ['organization.updated'])).id;
    await waitFor('the hanging endpoint to be called', () => receiver.at('/hang').length > 0, 10_000);
    const hangRuns = [await runHttp(context, hang), await runHttp(context, hang)];
    progress(`hanging endpoint: ${receiver.at('/hang').length} attempts held open, ${renames} renames`);
    await remove(endpointId);
    endpointId = undefined;
    await new Promise((resolve) => setTimeout(resolve, attemptTimeoutMs() + 1000));
    noneRuns.push(await runHttp(context, none));
    return { none: httpResult(none, mergeRuns(noneRuns)), hanging: httpResult(hang, mergeRuns(hangRuns)) };
  } finally {
    writing = false;
    await writer;
    if (endpointId) await remove(endpointId);
  }
}

/** Webhook delivery: latency, fan-out throughput, and the API beside an endpoint that hangs. */
export async function webhookScenarios(context: BenchContext, orgs: [OwnedOrg, OwnedOrg, OwnedOrg]) {
  const receiver = await startReceiver();
  try {
    const latency = await changeToDelivery(context, orgs[0], receiver);
    const fan = await fanOut(context, orgs[1], receiver);
    const { none, hanging } = await hangingEndpoint(context, orgs[2], receiver);
    const ratios: Record<string, number> = {
      'GET /me with a hanging webhook endpoint ÷ with none, p50 latency (should be ~1)':
        hanging.p50Ms / none.p50Ms,
    };
    return { results: [latency, fan, none, hanging], ratios };
  } finally {
    await receiver.close();
  }
}
