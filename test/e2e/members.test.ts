import { describe, expect, it } from 'vitest';
import { api, newUser, type TestUser } from '../support/http.ts';
import {
  accept,
  expectStatus,
  getOrg,
  inviteAndAccept,
  inviteOk,
  newOrg,
  type RosterEntry,
  roster,
  setMemberLimit,
  walk,
} from '../support/members.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const memberPath = (orgId: string, userId: string) => `/orgs/${orgId}/members/${userId}`;
const block = (actor: TestUser, orgId: string, userId: string) =>
  api('POST', `${memberPath(orgId, userId)}/block`, { token: actor.token });
const unblock = (actor: TestUser, orgId: string, userId: string) =>
  api('POST', `${memberPath(orgId, userId)}/unblock`, { token: actor.token });
const remove = (actor: TestUser, orgId: string, userId: string) =>
  api('DELETE', memberPath(orgId, userId), { token: actor.token });
const changeRole = (actor: TestUser, orgId: string, userId: string, role: string) =>
  api('PATCH', memberPath(orgId, userId), { token: actor.token, body: { role } });
const startTransfer = (actor: TestUser, orgId: string, toUserId: string) =>
  api('POST', `/orgs/${orgId}/ownership-transfer`, { token: actor.token, body: { toUserId } });
const acceptTransfer = (actor: TestUser, orgId: string) =>
  api('POST', `/orgs/${orgId}/ownership-transfer/accept`, { token: actor.token });
const cancelTransfer = (actor: TestUser, orgId: string) =>
  api('DELETE', `/orgs/${orgId}/ownership-transfer`, { token: actor.token });

const key = (entry: RosterEntry) => entry.userId ?? `invite:${entry.invitationId}`;

describe('GET /orgs/{orgId}/members', () => {
  it('lists active, blocked and invited entries; filters by status and role; limit=1 walks all once', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const dev = await inviteAndAccept(owner, orgId, 'developer');
    const finance = await inviteAndAccept(owner, orgId, 'finance');
    const blocked = await inviteAndAccept(owner, orgId, 'developer');
    expectStatus(await block(admin, orgId, blocked.userId), 200);
    const invitedUser = await newUser();
    const invitationId = await inviteOk(owner, orgId, invitedUser.email, 'member');

    const all = await roster(dev, orgId);
    expect(all).toHaveLength(6);
    expect(all.find((e) => e.userId === owner.userId)).toMatchObject({
      email: owner.email,
      role: 'owner',
      status: 'active',
      joinedAt: expect.stringMatching(ISO),
    });
    expect(all.find((e) => e.userId === blocked.userId)).toMatchObject({
      role: 'developer',
      status: 'blocked',
    });
    const invited = all.find((e) => e.status === 'invited');
    expect(invited).toMatchObject({
      invitationId,
      email: invitedUser.email,
      role: 'member',
      invitedAt: expect.stringMatching(ISO),
      expiresAt: expect.stringMatching(ISO),
    });
    expect(invited?.userId).toBeUndefined();

    const ids = async (query: Record<string, string>) => (await roster(dev, orgId, query)).map(key).sort();
    expect(await ids({ status: 'active' })).toEqual([owner, admin, dev, finance].map((u) => u.userId).sort());
    expect(await ids({ status: 'blocked' })).toEqual([blocked.userId]);
    expect(await ids({ status: 'invited' })).toEqual([`invite:${invitationId}`]);
    expect(await ids({ role: 'developer' })).toEqual([dev.userId, blocked.userId].sort());
    expect(await ids({ role: 'developer', status: 'active' })).toEqual([dev.userId]);
    expect(await ids({ role: 'member' })).toEqual([`invite:${invitationId}`]);
    expect(await ids({ role: 'member', status: 'active' })).toEqual([]);
    expect(await ids({ role: 'owner' })).toEqual([owner.userId]);

    const paged = await walk<RosterEntry>(dev, `/orgs/${orgId}/members`, { limit: '1' });
    const pagedKeys = paged.items.map(key);
    expect(new Set(pagedKeys).size).toBe(pagedKeys.length);
    expect(pagedKeys.sort()).toEqual(all.map(key).sort());
    expect(paged.pages).toBeGreaterThanOrEqual(6);
    const pagedActive = await walk<RosterEntry>(dev, `/orgs/${orgId}/members`, {
      limit: '1',
      status: 'active',
    });
    expect(pagedActive.items.map(key).sort()).toEqual(await ids({ status: 'active' }));

    expectStatus(await api('GET', `/orgs/${orgId}/members?status=gone`, { token: dev.token }), 400);
    expectStatus(await api('GET', `/orgs/${orgId}/members?limit=0`, { token: dev.token }), 400);
    expectStatus(await api('GET', `/orgs/${orgId}/members?cursor=forged.cursor`, { token: dev.token }), 400);
    // a cursor of another filter does not move to it
    const first = await api('GET', `/orgs/${orgId}/members?limit=1`, { token: dev.token });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const moved = await api(
      'GET',
      `/orgs/${orgId}/members?limit=1&status=active&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      { token: dev.token },
    );
    expectStatus(moved, 400);
    // blocked members and outsiders see nothing
    expectStatus(await api('GET', `/orgs/${orgId}/members`, { token: blocked.token }), 404, 'NOT_FOUND');
    const outsider = await newUser();
    expectStatus(await api('GET', `/orgs/${orgId}/members`, { token: outsider.token }), 404, 'NOT_FOUND');
  });

  it('GET one membership: any member reads it; unknown users are 404', async () => {
    const { owner, orgId } = await newOrg();
    const member = await inviteAndAccept(owner, orgId, 'member');
    const one = await api('GET', memberPath(orgId, owner.userId), { token: member.token });
    expectStatus(one, 200);
    expect(one.body).toMatchObject({
      userId: owner.userId,
      email: owner.email,
      role: 'owner',
      status: 'active',
    });
    const self = await api('GET', memberPath(orgId, member.userId), { token: member.token });
    expect(self.body).toMatchObject({ userId: member.userId, role: 'member', status: 'active' });
    expectStatus(
      await api('GET', memberPath(orgId, 'user_nobody'), { token: owner.token }),
      404,
      'NOT_FOUND',
    );
    const outsider = await newUser();
    expectStatus(
      await api('GET', memberPath(orgId, owner.userId), { token: outsider.token }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('PATCH /orgs/{orgId}/members/{userId}', () => {
  it('owner and admins change roles; never the owner (409 OWNER_REQUIRED) and never to owner (400)', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const dev = await inviteAndAccept(owner, orgId, 'developer');

    const byOwner = await changeRole(owner, orgId, dev.userId, 'finance');
    expectStatus(byOwner, 200);
    expect(byOwner.body).toMatchObject({ userId: dev.userId, role: 'finance', status: 'active' });
    expectStatus(await changeRole(admin, orgId, dev.userId, 'admin'), 200);
    expect((await api('GET', memberPath(orgId, dev.userId), { token: owner.token })).body.role).toBe('admin');
    // the new role applies at once: dev (now admin) can invite
    const someone = await newUser();
    await inviteOk(dev, orgId, someone.email, 'member');

    expectStatus(await changeRole(admin, orgId, owner.userId, 'member'), 409, 'OWNER_REQUIRED');
    expectStatus(await changeRole(admin, orgId, dev.userId, 'owner'), 400, 'VALIDATION_FAILED');
    expectStatus(await changeRole(owner, orgId, admin.userId, 'owner'), 400, 'VALIDATION_FAILED');
    // the owner cannot demote themself: ownership moves only by transfer
    expectStatus(await changeRole(owner, orgId, owner.userId, 'admin'), 409, 'OWNER_REQUIRED');
    expectStatus(await changeRole(owner, orgId, 'user_nobody', 'admin'), 404, 'NOT_FOUND');

    const member = await inviteAndAccept(owner, orgId, 'member');
    expectStatus(await changeRole(member, orgId, dev.userId, 'member'), 403, 'FORBIDDEN');

    const all = await roster(owner, orgId, { status: 'active' });
    expect(all.filter((e) => e.role === 'owner').map((e) => e.userId)).toEqual([owner.userId]);
    expect(all.find((e) => e.userId === admin.userId)?.role).toBe('admin');
    expect((await getOrg(owner, orgId)).ownerId).toBe(owner.userId);
  });
});

describe('block / unblock', () => {
  it('a blocked member is refused on their very next request, stays listed and frees the seat', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const member = await inviteAndAccept(owner, orgId, 'developer');
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: member.token }), 200);
    const before = await getOrg(owner, orgId);
    expect(before.activeMemberCount).toBe(3);

    const blocked = await block(admin, orgId, member.userId);
    expectStatus(blocked, 200);
    expect(blocked.body).toMatchObject({ userId: member.userId, status: 'blocked' });
    // same token, very next request
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: member.token }), 404, 'NOT_FOUND');
    expectStatus(await api('GET', `/orgs/${orgId}/members`, { token: member.token }), 404, 'NOT_FOUND');
    expectStatus(await api('GET', `/orgs/${orgId}/workspaces`, { token: member.token }), 404, 'NOT_FOUND');
    // (leaving is the one thing a blocked member may still do: access-outlives-people.test.ts)

    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(2);
    const entry = (await roster(owner, orgId)).find((e) => e.userId === member.userId);
    expect(entry).toMatchObject({ status: 'blocked', role: 'developer' });
    const myOrgs = await api('GET', '/me/organizations', { token: member.token });
    expect(myOrgs.body.items).toEqual([expect.objectContaining({ status: 'blocked' })]);

    // blocking again changes nothing; the owner cannot be blocked (409) and nobody blocks themself
    expectStatus(await block(owner, orgId, member.userId), 200);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(2);
    expectStatus(await block(admin, orgId, owner.userId), 409, 'OWNER_REQUIRED');
    expectStatus(await block(admin, orgId, admin.userId), 403);
    const dev = await inviteAndAccept(owner, orgId, 'developer');
    expectStatus(await block(dev, orgId, admin.userId), 403, 'FORBIDDEN');

    const unblocked = await unblock(owner, orgId, member.userId);
    expectStatus(unblocked, 200);
    expect(unblocked.body).toMatchObject({ status: 'active' });
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: member.token }), 200);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(4);
  });

  it('unblock needs a free seat (409 MEMBER_LIMIT_REACHED)', async () => {
    const { owner, orgId } = await newOrg();
    // memberLimit set directly in DynamoDB: plans (the real way) are tested elsewhere
    await setMemberLimit(orgId, 3);
    const a = await inviteAndAccept(owner, orgId, 'member');
    const b = await inviteAndAccept(owner, orgId, 'member');
    expect(await getOrg(owner, orgId)).toMatchObject({ memberLimit: 3, activeMemberCount: 3 });

    expectStatus(await block(owner, orgId, a.userId), 200);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(2);
    // the freed seat goes to a newcomer
    const c = await newUser();
    const invitation = await inviteOk(owner, orgId, c.email, 'member');
    expectStatus(await accept(c, invitation), 200);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(3);

    expectStatus(await unblock(owner, orgId, a.userId), 409, 'MEMBER_LIMIT_REACHED');
    expect((await roster(owner, orgId)).find((e) => e.userId === a.userId)?.status).toBe('blocked');
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: a.token }), 404);

    expectStatus(await remove(owner, orgId, b.userId), 204);
    expectStatus(await unblock(owner, orgId, a.userId), 200);
    expect(await getOrg(owner, orgId)).toMatchObject({ memberLimit: 3, activeMemberCount: 3 });
  });
});

describe('DELETE /orgs/{orgId}/members/{userId}', () => {
  it('removes a member (their next request is 404), lets members leave, never the owner', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const member = await inviteAndAccept(owner, orgId, 'member');
    const leaver = await inviteAndAccept(owner, orgId, 'finance');
    const blocked = await inviteAndAccept(owner, orgId, 'developer');
    expectStatus(await block(owner, orgId, blocked.userId), 200);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(4);

    expectStatus(await remove(member, orgId, admin.userId), 403, 'FORBIDDEN');
    expectStatus(await remove(admin, orgId, member.userId), 204);
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: member.token }), 404, 'NOT_FOUND');
    expectStatus(
      await api('GET', memberPath(orgId, member.userId), { token: owner.token }),
      404,
      'NOT_FOUND',
    );
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(3);
    expectStatus(await remove(admin, orgId, member.userId), 404);

    // a blocked member is removed without touching the seat count
    expectStatus(await remove(admin, orgId, blocked.userId), 204);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(3);

    expectStatus(await remove(leaver, orgId, leaver.userId), 204);
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: leaver.token }), 404, 'NOT_FOUND');
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(2);

    expectStatus(await remove(owner, orgId, owner.userId), 409, 'OWNER_REQUIRED');
    expectStatus(await remove(admin, orgId, owner.userId), 409, 'OWNER_REQUIRED');

    const remaining = await roster(owner, orgId);
    expect(remaining.map(key).sort()).toEqual([owner.userId, admin.userId].sort());
    expect((await getOrg(owner, orgId)).ownerId).toBe(owner.userId);
    const orgs = await api('GET', '/me/organizations', { token: member.token });
    expect(orgs.body.items).toEqual([]);
  });
});

describe('ownership transfer', () => {
  it('only to an active admin; only the target accepts; accept swaps owner and admin and moves ownerId', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const otherAdmin = await inviteAndAccept(owner, orgId, 'admin');
    const dev = await inviteAndAccept(owner, orgId, 'developer');

    expectStatus(await startTransfer(owner, orgId, dev.userId), 409, 'TRANSFER_NOT_ALLOWED');
    expectStatus(await startTransfer(owner, orgId, 'user_nobody'), 409, 'TRANSFER_NOT_ALLOWED');
    expectStatus(await startTransfer(owner, orgId, owner.userId), 409, 'TRANSFER_NOT_ALLOWED');
    expectStatus(await startTransfer(admin, orgId, otherAdmin.userId), 403, 'FORBIDDEN');

    const started = await startTransfer(owner, orgId, admin.userId);
    expectStatus(started, 201);
    expect(started.body).toMatchObject({
      fromUserId: owner.userId,
      toUserId: admin.userId,
      status: 'pending',
    });

    expectStatus(await acceptTransfer(otherAdmin, orgId), 404, 'NOT_FOUND');
    expectStatus(await acceptTransfer(owner, orgId), 404, 'NOT_FOUND');
    const outsider = await newUser();
    expectStatus(await acceptTransfer(outsider, orgId), 404, 'NOT_FOUND');
    expect((await getOrg(owner, orgId)).ownerId).toBe(owner.userId);

    const accepted = await acceptTransfer(admin, orgId);
    expectStatus(accepted, 200);
    expect(accepted.body).toMatchObject({ fromUserId: owner.userId, toUserId: admin.userId });

    expect((await getOrg(owner, orgId)).ownerId).toBe(admin.userId);
    const roles = Object.fromEntries((await roster(owner, orgId)).map((e) => [e.userId, e.role]));
    expect(roles).toEqual({
      [owner.userId]: 'admin',
      [admin.userId]: 'owner',
      [otherAdmin.userId]: 'admin',
      [dev.userId]: 'developer',
    });
    // the new owner has the owner's powers, the old one only an admin's
    expectStatus(await remove(owner, orgId, owner.userId), 204);
    expectStatus(await remove(admin, orgId, admin.userId), 409, 'OWNER_REQUIRED');
    expectStatus(await acceptTransfer(admin, orgId), 404);
  });

  it('an offer ends when its target is demoted (404); a cancelled one is 404; a blocked target is 404', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    expectStatus(await startTransfer(owner, orgId, admin.userId), 201);
    expectStatus(await changeRole(owner, orgId, admin.userId, 'developer'), 200);
    expectStatus(await acceptTransfer(admin, orgId), 404, 'NOT_FOUND');
    expect((await getOrg(owner, orgId)).ownerId).toBe(owner.userId);

    expectStatus(await changeRole(owner, orgId, admin.userId, 'admin'), 200);
    expectStatus(await startTransfer(owner, orgId, admin.userId), 201);
    expectStatus(await cancelTransfer(admin, orgId), 403, 'FORBIDDEN');
    expectStatus(await cancelTransfer(owner, orgId), 204);
    expectStatus(await acceptTransfer(admin, orgId), 404, 'NOT_FOUND');
    expectStatus(await cancelTransfer(owner, orgId), 404, 'NOT_FOUND');

    // a blocked target learns nothing about the org (404), like any other request of theirs
    expectStatus(await startTransfer(owner, orgId, admin.userId), 201);
    expectStatus(await block(owner, orgId, admin.userId), 200);
    expectStatus(await acceptTransfer(admin, orgId), 404, 'NOT_FOUND');

    const roles = (await roster(owner, orgId)).map((e) => [e.userId, e.role, e.status]);
    expect(roles).toEqual(
      expect.arrayContaining([
        [owner.userId, 'owner', 'active'],
        [admin.userId, 'admin', 'blocked'],
      ]),
    );
    expect((await getOrg(owner, orgId)).ownerId).toBe(owner.userId);
  });
});
