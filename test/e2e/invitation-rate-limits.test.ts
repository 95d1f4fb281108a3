import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { inviteLimits } from '../../shared/platform/rate-limits.ts';
import { api, newUser } from '../support/http.ts';
import { expectStatus, invite, inviteAndAccept, inviteOk, newOrg, revoke } from '../support/members.ts';
import { devClaims, signWithDevKey } from '../support/tokens.ts';

const unregistered = () => `nobody-${randomUUID()}@example.com`;

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
