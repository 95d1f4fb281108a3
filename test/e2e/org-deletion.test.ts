import { describe, expect, it } from 'vitest';
import { api, newUser, type TestUser } from '../support/http.ts';
import { waitForEmails } from '../support/mailbox.ts';
import { accept, expectStatus, inviteAndAccept, inviteOk, storedInvitation } from '../support/members.ts';
import { createOrgFor, expectProblem } from '../support/orgs.ts';

/**
 * DELETE /orgs/{orgId} and POST /orgs/{orgId}/restore over HTTP: the owner schedules
 * the deletion, everyone else loses the org at once, restore brings it back as it was.
 */

const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

async function orgWithPeople() {
  const owner = await newUser({ name: 'Owner' });
  const org = await createOrgFor(owner, { name: `Doomed ${owner.userId.slice(-6)}`, timeZone: 'UTC' });
  const admin = await inviteAndAccept(owner, org.id, 'admin');
  const member = await inviteAndAccept(owner, org.id, 'member');
  const invitee = await newUser({ name: 'Invitee' });
  const invitationId = await inviteOk(owner, org.id, invitee.email, 'developer');
  const workspace = await api('POST', `/orgs/${org.id}/workspaces`, {
    token: owner.token,
    body: { name: 'Staging' },
  });
  expectStatus(workspace, 201);
  return { owner, orgId: org.id, name: org.body.name as string, admin, member, invitee, invitationId };
}

const read = (user: TestUser, orgId: string) => api('GET', `/orgs/${orgId}`, { token: user.token });
const etagOf = async (user: TestUser, orgId: string) => (await read(user, orgId)).headers.get('etag') ?? '';
const del = (user: TestUser, orgId: string, confirmName: string, ifMatch?: string) =>
  api('DELETE', `/orgs/${orgId}`, {
    token: user.token,
    body: { confirmName },
    headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  });
const restore = (user: TestUser, orgId: string) =>
  api('POST', `/orgs/${orgId}/restore`, { token: user.token });

describe('DELETE /orgs/{orgId}', () => {
  it('schedules the deletion: 202, members lose the org at once, invitations revoked, members emailed', async () => {
    const { owner, orgId, name, admin, member, invitee, invitationId } = await orgWithPeople();
    const before = await read(owner, orgId);
    const started = Date.now();
    const deleted = await del(owner, orgId, name, before.headers.get('etag') ?? '');
    expectStatus(deleted, 202);
    expect(deleted.body).toMatchObject({ id: orgId, status: 'deletion_scheduled' });
    const deleteAt = Date.parse(deleted.body.deleteAt);
    expect(deleteAt).toBeGreaterThanOrEqual(started + THIRTY_DAYS_MS - 1000);
    expect(deleteAt).toBeLessThanOrEqual(Date.now() + THIRTY_DAYS_MS + 1000);

    // every member route is a 404 to the members, exactly as for a removed member
    for (const user of [admin, member]) {
      for (const path of ['', '/members', '/workspaces', '/onboarding', '/audit-log']) {
        expectProblem(await api('GET', `/orgs/${orgId}${path}`, { token: user.token }), 404, 'NOT_FOUND');
      }
      expectProblem(
        await api('POST', `/orgs/${orgId}/workspaces`, { token: user.token, body: { name: 'Late' } }),
        404,
        'NOT_FOUND',
      );
    }
    // the owner too, except reading it, restoring and exporting
    expectProblem(
      await api('PATCH', `/orgs/${orgId}`, { token: owner.token, body: { name: 'Renamed' } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await api('GET', `/orgs/${orgId}/members`, { token: owner.token }), 404, 'NOT_FOUND');
    // their org switcher no longer lists it; the owner's does
    const listed = async (user: TestUser) =>
      (await api('GET', '/me/organizations', { token: user.token })).body.items.map(
        (o: { id: string }) => o.id,
      );
    expect(await listed(member)).not.toContain(orgId);
    expect(await listed(owner)).toContain(orgId);
    const seen = await read(owner, orgId);
    expectStatus(seen, 200);
    expect(seen.body).toMatchObject({ status: 'deletion_scheduled', deleteAt: deleted.body.deleteAt });

    // the pending invitation is revoked: accepting it now is 410, its invitee is told
    expect(await storedInvitation(orgId, invitationId)).toMatchObject({ status: 'revoked' });
    expectProblem(await accept(invitee, invitationId), 410, 'INVITATION_REVOKED');
    await waitForEmails(invitee.email, 1, { subject: /revoked|withdrawn|no longer/i });

    // every active member (the owner included) is emailed once, with the date
    await Promise.all(
      [owner, admin, member].map(async (user) => {
        const [email] = await waitForEmails(user.email, 1, { subject: /scheduled for deletion/ });
        expect(email?.body.text).toContain('restore');
      }),
    );

    // a DELETE retried after it succeeded answers the same deletion
    const again = await del(owner, orgId, name, before.headers.get('etag') ?? '');
    expectStatus(again, 202);
    expect(again.body.deleteAt).toBe(deleted.body.deleteAt);
  });

  it('needs If-Match and the exact name; refusals change nothing', async () => {
    const { owner, orgId, name, admin } = await orgWithPeople();
    const etag = await etagOf(owner, orgId);
    expectProblem(await del(owner, orgId, name), 412, 'PRECONDITION_FAILED');
    expectProblem(await del(owner, orgId, name, '"999"'), 412, 'PRECONDITION_FAILED');
    const wrongName = await del(owner, orgId, name.toUpperCase(), etag);
    expectProblem(wrongName, 400, 'VALIDATION_FAILED');
    expect(wrongName.body.errors).toEqual([{ path: 'confirmName', message: expect.any(String) }]);
    expectProblem(await del(admin, orgId, name, etag), 403, 'FORBIDDEN');
    const after = await read(admin, orgId);
    expectStatus(after, 200);
    expect(after.headers.get('etag')).toBe(etag);
    expect(after.body.status).not.toBe('deletion_scheduled');
  });
});

describe('POST /orgs/{orgId}/restore', () => {
  it('brings everything back as it was: members, roles, seats, workspaces; emails and audit', async () => {
    const { owner, orgId, name, admin, member } = await orgWithPeople();
    const before = await read(owner, orgId);
    const rosterBefore = await api('GET', `/orgs/${orgId}/members?status=active`, { token: owner.token });
    const workspacesBefore = await api('GET', `/orgs/${orgId}/workspaces`, { token: owner.token });
    expectStatus(await del(owner, orgId, name, before.headers.get('etag') ?? ''), 202);
    expectProblem(await read(member, orgId), 404, 'NOT_FOUND');

    const restored = await restore(owner, orgId);
    expectStatus(restored, 200);
    expect(restored.body.deleteAt).toBeUndefined();
    const { updatedAt: _u1, ...was } = before.body;
    const { updatedAt: _u2, ...now } = restored.body;
    expect(now).toEqual(was);

    for (const user of [admin, member]) expectStatus(await read(user, orgId), 200);
    expect(
      (await api('GET', `/orgs/${orgId}/members?status=active`, { token: admin.token })).body.items,
    ).toEqual(rosterBefore.body.items);
    expect((await api('GET', `/orgs/${orgId}/workspaces`, { token: member.token })).body.items).toEqual(
      workspacesBefore.body.items,
    );
    // writes work again
    expectStatus(
      await api('PATCH', `/orgs/${orgId}`, { token: admin.token, body: { timeZone: 'Europe/Paris' } }),
      200,
    );
    await waitForEmails(member.email, 1, { subject: /was restored/ });

    const audit = await api('GET', `/orgs/${orgId}/audit-log?limit=10`, { token: owner.token });
    const actions = audit.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['org.deletion_scheduled', 'org.restored']));

    expectProblem(await restore(owner, orgId), 409, 'CONFLICT');
  });

  it('is the owner’s alone; members of a scheduled org get 404', async () => {
    const { owner, orgId, name, admin } = await orgWithPeople();
    expectStatus(await del(owner, orgId, name, await etagOf(owner, orgId)), 202);
    expectProblem(await restore(admin, orgId), 404, 'NOT_FOUND');
    expectStatus(await restore(owner, orgId), 200);
  });
});

describe('GET /me while the deletion is scheduled', () => {
  it('shows members no defaultOrgId there; the owner keeps it to restore; restore brings it back', async () => {
    const { owner, orgId, name, member } = await orgWithPeople();
    const defaultOf = async (user: TestUser) =>
      (await api('GET', '/me', { token: user.token })).body.defaultOrgId;
    expect(await defaultOf(member)).toBe(orgId);
    expectStatus(await del(owner, orgId, name, await etagOf(owner, orgId)), 202);

    expect(await defaultOf(member)).toBeNull();
    expect(await defaultOf(owner)).toBe(orgId);
    // nobody picks it as their default meanwhile
    for (const user of [owner, member]) {
      expectProblem(
        await api('PATCH', '/me', { token: user.token, body: { defaultOrgId: orgId } }),
        400,
        'VALIDATION_FAILED',
      );
    }

    expectStatus(await restore(owner, orgId), 200);
    expect(await defaultOf(member)).toBe(orgId);
    expectStatus(await api('PATCH', '/me', { token: member.token, body: { defaultOrgId: orgId } }), 200);
  });
});

describe('deletion racing invitations', () => {
  it('concurrent accepts and a delete never leave a member in a deleted org', async () => {
    const { owner, orgId, name } = await orgWithPeople();
    const invitees = await Promise.all(Array.from({ length: 6 }, () => newUser({ name: 'Racer' })));
    const invitations: string[] = [];
    for (const invitee of invitees) invitations.push(await inviteOk(owner, orgId, invitee.email, 'member'));
    const before = await read(owner, orgId);
    const [deleted, ...accepts] = await Promise.all([
      del(owner, orgId, name, before.headers.get('etag') ?? ''),
      ...invitees.map((invitee, index) => accept(invitee, invitations[index] ?? '')),
    ]);
    const joined = accepts.filter((response) => response.status === 200).length;
    const org = (await read(owner, orgId)).body;
    if (deleted?.status === 202) {
      // the delete read the version before any accept: every accept after it was refused
      expect(joined).toBe(0);
      for (const response of accepts) expect([404, 410]).toContain(response.status);
      expect(org.activeMemberCount).toBe(before.body.activeMemberCount);
    } else {
      // an accept moved the version first: the delete is refused and the org stays live
      expectProblem(deleted as never, 412, 'PRECONDITION_FAILED');
      expect(org.status).not.toBe('deletion_scheduled');
      expect(org.activeMemberCount).toBe(before.body.activeMemberCount + joined);
    }
  });

  it('an invitation raced against the delete is refused or revoked, never left pending', async () => {
    const { owner, orgId, name, admin } = await orgWithPeople();
    const invitees = await Promise.all(Array.from({ length: 6 }, () => newUser({ name: 'Late invitee' })));
    const before = await read(owner, orgId);
    const [deleted, ...invites] = await Promise.all([
      del(owner, orgId, name, before.headers.get('etag') ?? ''),
      ...invitees.map((invitee) =>
        api('POST', `/orgs/${orgId}/invitations`, {
          token: admin.token,
          body: { email: invitee.email, role: 'member' },
        }),
      ),
    ]);
    expectStatus(deleted as never, 202);
    for (const [index, response] of invites.entries()) {
      if (response.status !== 201) {
        expectProblem(response, 404, 'NOT_FOUND');
        continue;
      }
      expect(await storedInvitation(orgId, response.body.id)).toMatchObject({ status: 'revoked' });
      expectProblem(await accept(invitees[index] as TestUser, response.body.id), 410, 'INVITATION_REVOKED');
    }
  });
});
