import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { invitationWindowKey, inviteLimits } from '../../shared/platform/rate-limits.ts';
import { api, newUser } from '../support/http.ts';
import { expectStatus, invite, inviteAndAccept, inviteOk, newOrg, revoke } from '../support/members.ts';
import { setAttributes } from '../support/table.ts';
import { devClaims, signWithDevKey } from '../support/tokens.ts';

const unregistered = () => `nobody-${randomUUID()}@example.com`;

const HOUR_MS = 3_600_000;
/** The attribute of the (org, email) day window that counts the clock hour `hoursAgo` before now. */
const hourAttribute = (hoursAgo: number) =>
  `h:${new Date(Date.now() - hoursAgo * HOUR_MS).toISOString().slice(0, 13)}`;

async function stored(key: { PK: string; SK: string }) {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item;
}

/** What the hourly counters of a subject hold, all hours together. */
async function counted(subject: string) {
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.rateLimit(subject, '').PK },
      ConsistentRead: true,
    }),
  );
  return Items.reduce((sum, item) => sum + Number(item.count ?? 0), 0);
}

/** Invitations counted in the (org, email) day window, all hours together. */
async function spentOn(orgId: string, email: string) {
  const window = (await stored(invitationWindowKey(orgId, email))) ?? {};
  return Object.entries(window)
    .filter(([name]) => name.startsWith('h:'))
    .reduce((sum, [, count]) => sum + Number(count), 0);
}

function expectRateLimited(response: Awaited<ReturnType<typeof api>>) {
  expectStatus(response, 429, 'RATE_LIMITED');
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
}

describe('invitation abuse limits', () => {
  it('invite → revoke cycles to one email are capped at 10 per rolling day (429 with Retry-After)', async () => {
    const { owner, orgId } = await newOrg();
    const victim = await newUser();
    for (let cycle = 0; cycle < inviteLimits().perOrgEmailPerDay; cycle++) {
      const invitationId = await inviteOk(owner, orgId, victim.email, 'member');
      expectStatus(await revoke(owner, orgId, invitationId), 204);
    }
    expectRateLimited(await invite(owner, orgId, victim.email, 'member'));
    // another email from the same org is still fine
    const other = await newUser();
    await inviteOk(owner, orgId, other.email, 'member');
  });

  it('the not-registered answer is throttled per inviter like the rest (no free enumeration)', async () => {
    const { owner, orgId } = await newOrg();
    const perInviter =
      Number(inject('stack').env.INVITE_LIMIT_PER_INVITER_HOUR) || inviteLimits().perInviterPerHour;
    for (let i = 0; i < perInviter; i++) {
      expectStatus(await invite(owner, orgId, unregistered(), 'member'), 422, 'USER_NOT_REGISTERED');
    }
    expectRateLimited(await invite(owner, orgId, unregistered(), 'member'));
  });

  it('invitations per org per hour are capped across inviters', async () => {
    const { owner, orgId } = await newOrg();
    const perOrg = inviteLimits().perOrgPerHour;
    const admins = [owner];
    let sent = 0;
    while (sent < perOrg) {
      const admin = await inviteAndAccept(owner, orgId, 'admin');
      admins.push(admin);
      sent += 1;
      while (sent < perOrg && sent % 30 !== 0) {
        expectStatus(await invite(admin, orgId, unregistered(), 'member'), 422);
        sent += 1;
      }
    }
    const last = admins[admins.length - 1] ?? owner;
    expectRateLimited(await invite(last, orgId, unregistered(), 'member'));
  });

  it('a refused invitation spends no allowance: already pending and already a member commit nothing', async () => {
    const { owner, orgId } = await newOrg();
    const invitee = await newUser();
    const first = await inviteOk(owner, orgId, invitee.email, 'member');
    for (let attempt = 0; attempt < inviteLimits().perOrgEmailPerDay + 2; attempt++) {
      expectStatus(await invite(owner, orgId, invitee.email, 'member'), 409, 'INVITATION_PENDING');
    }
    expect(await spentOn(orgId, invitee.email)).toBe(1);
    expectStatus(await revoke(owner, orgId, first), 204);
    await inviteOk(owner, orgId, invitee.email, 'member');
    expect(await spentOn(orgId, invitee.email)).toBe(2);

    const member = await inviteAndAccept(owner, orgId, 'member');
    for (let attempt = 0; attempt < 3; attempt++) {
      expectStatus(await invite(owner, orgId, member.email, 'member'), 409, 'ALREADY_MEMBER');
    }
    expect(await spentOn(orgId, member.email)).toBe(1);
  });

  it('the rolling day counts the 23 hours before this one and forgets older ones', async () => {
    const { owner, orgId } = await newOrg();
    const invitee = await newUser();
    const max = inviteLimits().perOrgEmailPerDay;
    const window = invitationWindowKey(orgId, invitee.email);
    // a day and more ago: forgotten (and removed by the next spend); 5 hours ago: counted
    await setAttributes(window, { [hourAttribute(30)]: max, [hourAttribute(5)]: max - 1 });
    const invitationId = await inviteOk(owner, orgId, invitee.email, 'member');
    const after = await stored(window);
    expect(after?.[hourAttribute(30)]).toBeUndefined();
    expect(after?.[hourAttribute(0)]).toBe(1);
    expectStatus(await revoke(owner, orgId, invitationId), 204);
    const refused = await invite(owner, orgId, invitee.email, 'member');
    expectRateLimited(refused);
    // free again when the hour 5 hours ago leaves the window: in about 19 hours
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(18 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(19 * 3600);
  });

  it('a 429 commits nothing: the hourly counters of the org and the inviter stay as they were', async () => {
    const { owner, orgId } = await newOrg();
    await inviteOk(owner, orgId, (await newUser()).email, 'member');
    const invitee = await newUser();
    await setAttributes(invitationWindowKey(orgId, invitee.email), {
      [hourAttribute(0)]: inviteLimits().perOrgEmailPerDay,
    });
    expectRateLimited(await invite(owner, orgId, invitee.email, 'member'));
    // every hour's counter of each: only the one invitation sent
    expect(await counted(`invite-inviter:${owner.userId}`)).toBe(1);
    expect(await counted(`invite-org:${orgId}`)).toBe(1);
    expect(await spentOn(orgId, invitee.email)).toBe(inviteLimits().perOrgEmailPerDay);
  });

  it('an unverified email can neither create an organization nor invite (403 VERIFIED_EMAIL_REQUIRED)', async () => {
    const { owner, orgId } = await newOrg();
    const claims = devClaims({ email_verified: false });
    const token = await signWithDevKey(claims);
    const created = await api('POST', '/orgs', {
      token,
      body: { name: 'Account Security Alert', timeZone: 'Europe/Berlin' },
    });
    expectStatus(created, 403, 'VERIFIED_EMAIL_REQUIRED');
    // an owner whose token is unverified now (the claim changed) cannot invite either
    const unverifiedOwner = await signWithDevKey(
      devClaims({ sub: owner.userId, email: owner.email, email_verified: false }),
    );
    const invited = await api('POST', `/orgs/${orgId}/invitations`, {
      token: unverifiedOwner,
      body: { email: unregistered(), role: 'member' },
    });
    expectStatus(invited, 403, 'VERIFIED_EMAIL_REQUIRED');
  });
});
