import { warmUp } from './baseline.ts';
import { newIdentities } from './identities.ts';
import { progress } from './progress.ts';
import type { BenchContext, ScenarioResult } from './scenario.ts';
import { apiKeyScenarios } from './scenarios-api-keys.ts';
import { billingScenarios } from './scenarios-billing.ts';
import { baselineAndGetMe, firstGetMe, registeredUser } from './scenarios-me.ts';
import { inviteAndAccept, rosterScenarios } from './scenarios-members.ts';
import { createOrgs, type OwnedOrg, orgScenarios } from './scenarios-orgs.ts';
import { inviteToEmail, notifyExists, streamThroughput } from './scenarios-stream.ts';
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
      `the DynamoDB call counter does not see the handlers' calls (requests ${tally.requests}, calls ${total}): is shared/data/client.ts loaded twice?`,
    );
  }
  context.notes.push(
    `counter check: one GET /me → ${JSON.stringify(tally.calls)} seen by the middleware on db() (the handlers share the module instance)`,
  );
}

/** Fixed roles first, then billing, then the rest for the read/write rotation. */
function allocate(orgs: OwnedOrg[]) {
  const [invite, small, large, stream, ...rest] = orgs;
  if (!invite || !small || !large || !stream) throw new Error('too few orgs');
  const billing = rest.splice(0, Math.min(sizes.billingOrgs, Math.floor(rest.length / 3)));
  return { invite, small, large, stream, billing, rotation: rest.slice(0, sizes.rotationOrgs) };
}

/** Every scenario, in an order where each one's fixtures come from the ones before. */
export async function runScenarios(context: BenchContext) {
  const results: ScenarioResult[] = [];
  const add = (...done: ScenarioResult[]) => {
    results.push(...done);
  };
  const me = await registeredUser(context);
  await verifyCounter(context, me.token);
  await warmUp(context, me);
  progress('warmed up');

  const { bare: baseline, single, getMe: me1 } = await baselineAndGetMe(context, me);
  add(baseline, single, me1);
  const first = await firstGetMe(context, await newIdentities(sizes.invites, 'invitee'));
  add(first.result);

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
  if (notifyExists()) {
    add(await streamThroughput(context, orgs.stream));
    add(await inviteToEmail(context, orgs.invite));
  } else {
    context.notes.push('functions/stream/notify.ts does not exist: stream scenarios skipped');
  }

  const ratios: Record<string, number> = {
    'GET /me ÷ bare GetItem, p50 latency': me1.p50Ms / baseline.p50Ms,
    'GET /me ÷ bare GetItem, p99 latency': me1.p99Ms / baseline.p99Ms,
    'bare GetItem ÷ GET /me, throughput': baseline.perSecond / me1.perSecond,
    'members page 1,000 ÷ 10 members, p50 latency (should be ~1)': roster.ratio.p50,
    'members page 1,000 ÷ 10 members, p99 latency': roster.ratio.p99,
    ...apiKeys.ratios,
  };
  return { results, ratios };
}
