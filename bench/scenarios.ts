import { warmUp } from './baseline.ts';
import { coldPath, coldPathRatios } from './cold-path.ts';
import { newIdentities } from './identities.ts';
import { progress } from './progress.ts';
import type { BenchContext, ScenarioResult } from './scenario.ts';
import { accessScenarios } from './scenarios-access.ts';
import { apiKeyScenarios } from './scenarios-api-keys.ts';
import { billingScenarios } from './scenarios-billing.ts';
import { chargedScenarios } from './scenarios-charged.ts';
import { domainScenarios } from './scenarios-domains.ts';
import { purgeScenario } from './scenarios-lifecycle.ts';
import { baselineAndGetMe, firstGetMe, registeredUser } from './scenarios-me.ts';
import { inviteAndAccept, rosterScenarios } from './scenarios-members.ts';
import { orgSessionScenarios } from './scenarios-org-sessions.ts';
import { createOrgs, type OwnedOrg, orgScenarios } from './scenarios-orgs.ts';
import { scimScenarios } from './scenarios-scim.ts';
import { soakScenario } from './scenarios-soak.ts';
import { inviteToEmail, notifyExists, streamRatios, streamThroughput } from './scenarios-stream.ts';
import { webhookScenarios } from './scenarios-webhooks.ts';
import { sizes } from './sizes.ts';

/** One GET /me must show up as DynamoDB calls of that request: the handlers share our client. */
async function verifyCounter(context: BenchContext, token: string) {
  const { tally } = await context.counter.http(
    (method, path) => method === 'GET' && path === '/me',
    () => context.api.expect(200, 'GET', '/me', { token }),
  );
  const total = Object.values(tally.calls).reduce((sum, n) => sum + n, 0);
  if (tally.requests !== 1 || total === 0) {
    throw new Error(
      `the DynamoDB call counter does not see the handlers' calls (requests ${tally.requests}, calls ${total}): is shared/platform/dynamo/client.ts loaded twice?`,
    );
  }
  context.notes.push(
    `counter check: one GET /me → ${JSON.stringify(tally.calls)} seen by the middleware on db() (the handlers share the module instance)`,
  );
}

/** Fixed roles first, then billing, then the rest for the read/write rotation. */
function allocate(orgs: OwnedOrg[]) {
  const [invite, small, large, stream, hookA, hookB, hookC, ...rest] = orgs;
  if (!invite || !small || !large || !stream || !hookA || !hookB || !hookC) throw new Error('too few orgs');
  const billing = rest.splice(0, Math.min(sizes.billingOrgs, Math.floor(rest.length / 3)));
  const webhooks: [OwnedOrg, OwnedOrg, OwnedOrg] = [hookA, hookB, hookC];
  return { invite, small, large, stream, webhooks, billing, rotation: rest.slice(0, sizes.rotationOrgs) };
}

/** Scenario groups that also run alone (`npm run bench -- --only=<group>`), after the shared setup. */
export const groups = [
  'webhooks',
  'soak',
  'sessions',
  'cold',
  'stream',
  'domains',
  'hot',
  'billing',
  'access',
  'scim',
] as const;
export type Group = (typeof groups)[number];

/** Every scenario (or one group), in an order where each one's fixtures come from the ones before. */
export async function runScenarios(context: BenchContext, only?: Group) {
  const results: ScenarioResult[] = [];
  const add = (...done: ScenarioResult[]) => {
    results.push(...done);
  };
  const me = await registeredUser(context);
  await verifyCounter(context, me.token);
  await warmUp(context, me);
  progress('warmed up');

  if (only === 'domains') {
    const domains = await domainScenarios(context);
    return { results: domains.results, ratios: domains.ratios, soak: undefined };
  }
  if (only === 'hot') return hotPaths(context, me);
  if (only === 'access') return { ...(await accessScenarios(context)), soak: undefined };
  if (only === 'scim') return { ...(await scimScenarios(context)), soak: undefined };
  if (only) {
    const orgs = allocate((await createOrgs(context)).orgs);
    if (only === 'webhooks') return { ...(await webhookScenarios(context, orgs.webhooks)), soak: undefined };
    if (only === 'billing') return chargedScenarios(context, orgs.billing);
    if (only === 'sessions') return { ...(await orgSessionScenarios(context, orgs.small)), soak: undefined };
    if (only === 'stream') {
      const idle = await inviteToEmail(context, orgs.invite);
      const loaded = await inviteToEmail(context, orgs.invite, { busy: orgs.stream });
      return { results: [idle, loaded], ratios: streamRatios(idle, loaded), soak: undefined };
    }
    if (only === 'cold')
      return { results: [], ratios: coldPathRatios(await coldPath(me.token)), soak: undefined };
    return soakScenario(context, orgs.rotation);
  }

  const { bare: baseline, httpFloor, single, getMe: me1, getMeSingle } = await baselineAndGetMe(context, me);
  add(baseline, httpFloor, single, me1, getMeSingle);
  const first = await firstGetMe(context, await newIdentities(sizes.invites, 'invitee'));
  add(first.result);
  const domains = await domainScenarios(context);
  add(...domains.results);

  const created = await createOrgs(context);
  add(created.result);
  const orgs = allocate(created.orgs);
  add(...(await orgScenarios(context, orgs.rotation)));
  add(...(await inviteAndAccept(context, orgs.invite, first.registered)));
  const roster = await rosterScenarios(context, orgs.small, orgs.large);
  add(...roster.results);
  add(...(await billingScenarios(context, orgs.billing)));
  const apiKeys = await apiKeyScenarios(context, orgs.small);
  add(...apiKeys.results);
  const access = await accessScenarios(context);
  add(...access.results);
  const streamFigures: Record<string, number> = {};
  const sessions = await orgSessionScenarios(context, orgs.small);
  add(...sessions.results);
  const cold = coldPathRatios(await coldPath(me.token));
  if (notifyExists()) {
    add(await streamThroughput(context, orgs.stream));
    const idle = await inviteToEmail(context, orgs.invite);
    const loaded = await inviteToEmail(context, orgs.invite, { busy: orgs.stream });
    add(idle, loaded);
    Object.assign(streamFigures, streamRatios(idle, loaded));
  } else {
    context.notes.push('functions/stream/notify.ts does not exist: stream scenarios skipped');
  }
  const webhooks = await webhookScenarios(context, orgs.webhooks);
  add(...webhooks.results);
  // after the others: whatever they left behind is part of what the soak runs on
  const soak = await soakScenario(context, orgs.rotation);
  add(...soak.results);

  // last: it deletes the roster benchmark's large org
  const purge = await purgeScenario(context, orgs.large);
  add(...purge.results);

  const ratios: Record<string, number> = {
    ...purge.ratios,
    ...getMeRatios(baseline, httpFloor, me1, single, getMeSingle),
    'members page 1,000 ÷ 10 members, p50 latency (should be ~1)': roster.ratio.p50,
    'members page 1,000 ÷ 10 members, p99 latency': roster.ratio.p99,
    ...apiKeys.ratios,
    ...access.ratios,
    ...sessions.ratios,
    ...cold,
    ...streamFigures,
    ...domains.ratios,
    ...webhooks.ratios,
    ...soak.ratios,
  };
  return { results, ratios, soak: soak.soak };
}

const getMeRatios = (
  baseline: ScenarioResult,
  httpFloor: ScenarioResult,
  getMe: ScenarioResult,
  single: ScenarioResult,
  getMeSingle: ScenarioResult,
): Record<string, number> => ({
  'GET /me ÷ bare GetItem, p50 latency': getMe.p50Ms / baseline.p50Ms,
  'GET /me ÷ bare GetItem, p99 latency': getMe.p99Ms / baseline.p99Ms,
  'bare GetItem ÷ GET /me, throughput': baseline.perSecond / getMe.perSecond,
  'HTTP floor (node:http + GetItem) ÷ bare GetItem, p50 latency': httpFloor.p50Ms / baseline.p50Ms,
  'GET /me ÷ HTTP floor, p50 latency': getMe.p50Ms / httpFloor.p50Ms,
  'GET /me ÷ bare GetItem, 1 in flight, p50 latency': getMeSingle.p50Ms / single.p50Ms,
});

/** `--only=hot`: the per-request hot paths (GET /me against a bare GetItem, invite and accept). */
async function hotPaths(context: BenchContext, me: Awaited<ReturnType<typeof registeredUser>>) {
  const { bare, httpFloor, single, getMe, getMeSingle } = await baselineAndGetMe(context, me);
  const first = await firstGetMe(context, await newIdentities(sizes.invites, 'invitee'));
  const orgs = allocate((await createOrgs(context)).orgs);
  const invites = await inviteAndAccept(context, orgs.invite, first.registered);
  return {
    results: [bare, httpFloor, single, getMe, getMeSingle, first.result, ...invites],
    ratios: getMeRatios(bare, httpFloor, getMe, single, getMeSingle),
    soak: undefined,
  };
}
