import { type HttpScenario, httpResult, measureHttp, mergeRuns, runHttp } from './http-scenario.ts';
import type { Identity } from './identities.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { seedMembers } from './seed-members.ts';
import { sizes } from './sizes.ts';

/** Every pending invitation of an org: id and email. */
async function pendingInvitations(context: BenchContext, { owner, orgId }: OwnedOrg) {
  const found: { id: string; email: string }[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ status: 'pending', limit: '100', ...(cursor ? { cursor } : {}) });
    const page = await context.api.expect(200, 'GET', `/orgs/${orgId}/invitations?${query}`, {
      token: owner.token,
    });
    found.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

/** Invite registered users into one org, then each accepts. The plan is enterprise (1,000 seats). */
export async function inviteAndAccept(
  context: BenchContext,
  org: OwnedOrg,
  invitees: Identity[],
): Promise<ScenarioResult[]> {
  const { owner, orgId } = org;
  await context.api.expect(200, 'PUT', `/orgs/${orgId}/plan`, {
    token: owner.token,
    body: { planId: 'enterprise' },
  });
  const invite = await measureHttp(context, {
    name: 'POST /orgs/{id}/invitations',
    method: 'POST',
    route: '/orgs/{orgId}/invitations',
    requests: invitees.map((user) =>
      request('POST', `/orgs/${orgId}/invitations`, owner.token, { email: user.email, role: 'member' }),
    ),
    amount: invitees.length,
    maxSeconds: sizes.capSeconds,
    note: 'all into one org, by its owner; invitees registered beforehand',
  });
  const tokenOf = new Map(invitees.map((user) => [user.email, user.token]));
  const invitations = await pendingInvitations(context, org);
  const accept = await measureHttp(context, {
    name: 'POST /invitations/{id}/accept',
    method: 'POST',
    route: '/invitations/{invitationId}/accept',
    requests: invitations.map(({ id, email }) =>
      request('POST', `/invitations/${id}/accept`, tokenOf.get(email)),
    ),
    amount: invitations.length,
    maxSeconds: sizes.capSeconds,
    note: 'all into one org: every accept takes a seat on the same org item',
  });
  return [invite, accept];
}

/**
 * One roster page (25) of an org of 10 and of 1,000 active members, run
 * interleaved (A B B A) so drift in machine load hits both alike.
 */
export async function rosterScenarios(
  context: BenchContext,
  small: OwnedOrg,
  large: OwnedOrg,
): Promise<{ results: ScenarioResult[]; ratio: { p50: number; p99: number; perSecond: number } }> {
  const calls = (await seedMembers(small.orgId, 9, 'small')) + (await seedMembers(large.orgId, 999, 'large'));
  context.notes.push(
    `roster orgs: 9 and 999 active memberships (plus the owner) written directly with BatchWriteItem (${calls} calls, keys.member + keys.memberOfUser), not through the API`,
  );
  const scenario = (org: OwnedOrg, members: number): HttpScenario => ({
    name: `GET /orgs/{id}/members (${members.toLocaleString('en')} members)`,
    method: 'GET',
    route: '/orgs/{orgId}/members',
    requests: [request('GET', `/orgs/${org.orgId}/members`, org.owner.token)],
    duration: sizes.durationSeconds / 2,
    note: 'first page, default limit 25; runs interleaved with the other roster size (A B B A)',
  });
  for (const [org, items, more] of [
    [small, 10, false],
    [large, 25, true],
  ] as const) {
    const page = await context.api.expect(200, 'GET', `/orgs/${org.orgId}/members`, {
      token: org.owner.token,
    });
    if (page.items.length !== items || (page.nextCursor !== null) !== more) {
      throw new Error(
        `roster check: expected ${items} items${more ? ' and a next page' : ''}, got ${page.items.length}`,
      );
    }
  }
  const ten = scenario(small, 10);
  const thousand = scenario(large, 1000);
  const tenRuns = [await runHttp(context, ten)];
  const thousandRuns = [await runHttp(context, thousand), await runHttp(context, thousand)];
  tenRuns.push(await runHttp(context, ten));
  const tenResult = httpResult(ten, mergeRuns(tenRuns));
  const thousandResult = httpResult(thousand, mergeRuns(thousandRuns));
  return {
    results: [tenResult, thousandResult],
    ratio: {
      p50: thousandResult.p50Ms / tenResult.p50Ms,
      p99: thousandResult.p99Ms / tenResult.p99Ms,
      perSecond: tenResult.perSecond / thousandResult.perSecond,
    },
  };
}
