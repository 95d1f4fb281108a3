import { describe, expect, it } from 'vitest';
import { resolveRecipients } from '../../shared/notifications/recipients.ts';
import { api, newUser } from '../support/http.ts';
import {
  expireInvitationNow,
  inviteAndAccept,
  inviteOk,
  newOrg,
  resend,
  revoke,
} from '../support/members.ts';

describe('invitation edge cases', () => {
  it('inviting your own email is 409 ALREADY_MEMBER (never a transaction touching one item twice)', async () => {
    const { owner, orgId } = await newOrg();
    const response = await api('POST', `/orgs/${orgId}/invitations`, {
      token: owner.token,
      body: { email: owner.email, role: 'admin' },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('ALREADY_MEMBER');
  });

  it('an invitation past its expiry cannot be resent back to life', async () => {
    const { owner, orgId } = await newOrg();
    const invitee = await newUser();
    const invitationId = await inviteOk(owner, orgId, invitee.email, 'member');
    await expireInvitationNow(orgId, invitationId, invitee.email);
    const response = await resend(owner, orgId, invitationId);
    expect(response.status).toBe(410);
    expect(response.body.code).toBe('INVITATION_EXPIRED');
  });

  it('revoking an overdue invitation whose email was invited again is 410, not a retry-forever 503', async () => {
    const { owner, orgId } = await newOrg();
    const invitee = await newUser();
    const first = await inviteOk(owner, orgId, invitee.email, 'member');
    await expireInvitationNow(orgId, first, invitee.email);
    const second = await inviteOk(owner, orgId, invitee.email, 'developer');
    const response = await revoke(owner, orgId, first);
    expect(response.status).toBe(410);
    expect(response.body.code).toBe('INVITATION_EXPIRED');
    // the newer invitation is untouched and still accepted
    expect((await api('POST', `/invitations/${second}/accept`, { token: invitee.token })).status).toBe(200);
  });

  it('the expiry email is not sent to an inviter who has since been removed', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const recipients = () =>
      resolveRecipients(orgId, [{ kind: 'user', userId: admin.userId, activeMemberOnly: true }]);
    expect((await recipients()).map((address) => address.email)).toEqual([admin.email]);
    expect(
      (await api('DELETE', `/orgs/${orgId}/members/${admin.userId}`, { token: owner.token })).status,
    ).toBe(204);
    expect(await recipients()).toEqual([]);
  });
});
