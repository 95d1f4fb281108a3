import { describe, expect, it } from 'vitest';
import { api, newUser } from '../support/http.ts';
import { accept, expectStatus, inviteAndAccept, inviteOk, newOrg } from '../support/members.ts';

const block = (actor: { token: string }, orgId: string, userId: string) =>
  api('POST', `/orgs/${orgId}/members/${userId}/block`, { token: actor.token });
const unblock = (actor: { token: string }, orgId: string, userId: string) =>
  api('POST', `/orgs/${orgId}/members/${userId}/unblock`, { token: actor.token });
const remove = (actor: { token: string }, orgId: string, userId: string) =>
  api('DELETE', `/orgs/${orgId}/members/${userId}`, { token: actor.token });
const setRole = (actor: { token: string }, orgId: string, userId: string, role: string) =>
  api('PATCH', `/orgs/${orgId}/members/${userId}`, { token: actor.token, body: { role } });

describe('an invitation lives only as long as its inviter may invite', () => {
  it.each([
    ['removed', remove],
    ['blocked', block],
    ['demoted to developer', (a: { token: string }, o: string, u: string) => setRole(a, o, u, 'developer')],
  ] as const)(
    'inviter %s: the sock-puppet’s accept is 410 INVITATION_REVOKED, listed as revoked',
    async (_, change) => {
      const { owner, orgId } = await newOrg();
      const admin = await inviteAndAccept(owner, orgId, 'admin');
      const puppet = await newUser();
      const invitationId = await inviteOk(admin, orgId, puppet.email, 'admin');
      expect((await change(owner, orgId, admin.userId)).status).toBeLessThan(300);
      expectStatus(await accept(puppet, invitationId), 410, 'INVITATION_REVOKED');
      expectStatus(await api('GET', `/orgs/${orgId}/members/${puppet.userId}`, { token: owner.token }), 404);
      const revoked = await api('GET', `/orgs/${orgId}/invitations?status=revoked`, { token: owner.token });
      expect(revoked.body.items.map((item: { id: string }) => item.id)).toContain(invitationId);
      const invited = await api('GET', `/orgs/${orgId}/members?status=invited`, { token: owner.token });
      expect(invited.body.items.map((item: { email: string }) => item.email)).not.toContain(puppet.email);
    },
  );

  it('an invitation by an inviter who still may invite is accepted as before', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const user = await newUser();
    const invitationId = await inviteOk(admin, orgId, user.email, 'member');
    expectStatus(await accept(user, invitationId), 200);
  });
});

describe('an ownership offer dies with its target’s membership as it was', () => {
  it.each([
    [
      'blocked and unblocked',
      async (owner: { token: string }, orgId: string, userId: string) => {
        expectStatus(await block(owner, orgId, userId), 200);
        expectStatus(await unblock(owner, orgId, userId), 200);
      },
    ],
    [
      're-roled and re-roled back',
      async (owner: { token: string }, orgId: string, userId: string) => {
        expectStatus(await setRole(owner, orgId, userId, 'developer'), 200);
        expectStatus(await setRole(owner, orgId, userId, 'admin'), 200);
      },
    ],
  ] as const)('target %s: the old offer cannot be accepted', async (_, change) => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const offer = await api('POST', `/orgs/${orgId}/ownership-transfer`, {
      token: owner.token,
      body: { toUserId: admin.userId },
    });
    expect(offer.status, JSON.stringify(offer.body)).toBeLessThan(300);
    await change(owner, orgId, admin.userId);
    const accepted = await api('POST', `/orgs/${orgId}/ownership-transfer/accept`, { token: admin.token });
    expectStatus(accepted, 404, 'NOT_FOUND');
    const org = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expect(org.body.ownerId).toBe(owner.userId);
  });
});

describe('a blocked member may leave; defaultOrgId follows access', () => {
  it('a blocked member leaves with DELETE of their own membership (204)', async () => {
    const { owner, orgId } = await newOrg();
    const member = await inviteAndAccept(owner, orgId, 'developer');
    expectStatus(await block(owner, orgId, member.userId), 200);
    expectStatus(await remove(member, orgId, member.userId), 204);
    const mine = await api('GET', '/me/organizations', { token: member.token });
    expect(mine.body.items.map((item: { id: string }) => item.id)).not.toContain(orgId);
    // still nothing else for them there
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: member.token }), 404);
  });

  it.each([
    ['removed', remove],
    ['blocked', block],
  ] as const)('GET /me shows no defaultOrgId of an org the caller was %s from', async (_, change) => {
    const { owner, orgId } = await newOrg();
    const member = await inviteAndAccept(owner, orgId, 'member');
    expect((await api('GET', '/me', { token: member.token })).body.defaultOrgId).toBe(orgId);
    expect((await change(owner, orgId, member.userId)).status).toBeLessThan(300);
    const me = await api('GET', '/me', { token: member.token });
    expectStatus(me, 200);
    expect(me.body.defaultOrgId).toBeNull();
  });
});
