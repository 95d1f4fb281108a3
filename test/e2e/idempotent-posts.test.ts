import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import { expectStatus, inviteAndAccept, inviteOk, newOrg } from '../support/members.ts';

/**
 * Every state-changing POST honours Idempotency-Key: the same key again answers the
 * first response, flagged `Idempotent-Replayed`, and acts no second time; another
 * body with the same key is 422; without a key nothing is replayed.
 */

const post = (user: TestUser, path: string, key: string, body?: unknown) =>
  api('POST', path, { token: user.token, body, headers: { 'idempotency-key': key } });

function expectReplayOf(first: ApiResponse, again: ApiResponse) {
  expect(first.headers.get('idempotent-replayed')).toBeNull();
  expect(again.status).toBe(first.status);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
  expect(again.body).toEqual(first.body);
}

const auditCount = async (owner: TestUser, orgId: string, action: string) => {
  const log = await api('GET', `/orgs/${orgId}/audit-log?limit=100`, { token: owner.token });
  return (log.body.items as { action: string }[]).filter((entry) => entry.action === action).length;
};

describe('Idempotency-Key on every state-changing POST', () => {
  it('block and unblock: a retried key answers the first response and acts once', async () => {
    const { owner, orgId } = await newOrg();
    const member = await inviteAndAccept(owner, orgId, 'developer');
    const path = `/orgs/${orgId}/members/${member.userId}`;
    const blocked = await post(owner, `${path}/block`, 'block-1');
    expectStatus(blocked, 200);
    expectReplayOf(blocked, await post(owner, `${path}/block`, 'block-1'));
    const unblocked = await post(owner, `${path}/unblock`, 'unblock-1');
    expectStatus(unblocked, 200);
    expectReplayOf(unblocked, await post(owner, `${path}/unblock`, 'unblock-1'));
    // the block key replays the block, even though the member is active again
    const replayedBlock = await post(owner, `${path}/block`, 'block-1');
    expect(replayedBlock.body.status).toBe('blocked');
    expect((await api('GET', path, { token: owner.token })).body.status).toBe('active');
    expect(await auditCount(owner, orgId, 'member.blocked')).toBe(1);
    expect(await auditCount(owner, orgId, 'member.unblocked')).toBe(1);
  });

  it('accept, decline and resend replay their first answer', async () => {
    const { owner, orgId } = await newOrg();
    const joiner = await newUser();
    const decliner = await newUser();
    const joinId = await inviteOk(owner, orgId, joiner.email, 'member');
    const declineId = await inviteOk(owner, orgId, decliner.email, 'member');

    const resent = await post(owner, `/orgs/${orgId}/invitations/${joinId}/resend`, 'resend-1');
    expectStatus(resent, 200);
    expectReplayOf(resent, await post(owner, `/orgs/${orgId}/invitations/${joinId}/resend`, 'resend-1'));
    expect(await auditCount(owner, orgId, 'invitation.resent')).toBe(1);

    const accepted = await post(joiner, `/invitations/${joinId}/accept`, 'accept-1');
    expectStatus(accepted, 200);
    expectReplayOf(accepted, await post(joiner, `/invitations/${joinId}/accept`, 'accept-1'));
    // without the key, the second accept is what it always was
    expectStatus(await api('POST', `/invitations/${joinId}/accept`, { token: joiner.token }), 409);

    const declined = await post(decliner, `/invitations/${declineId}/decline`, 'decline-1');
    expectStatus(declined, 204);
    expectReplayOf(declined, await post(decliner, `/invitations/${declineId}/decline`, 'decline-1'));
  });

  it('ownership transfer start and accept, and workspace creation, replay; another body with the key is 422', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const started = await post(owner, `/orgs/${orgId}/ownership-transfer`, 'transfer-1', {
      toUserId: admin.userId,
    });
    expectStatus(started, 201);
    expectReplayOf(
      started,
      await post(owner, `/orgs/${orgId}/ownership-transfer`, 'transfer-1', { toUserId: admin.userId }),
    );
    expectStatus(
      await post(owner, `/orgs/${orgId}/ownership-transfer`, 'transfer-1', { toUserId: owner.userId }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    const acceptedTransfer = await post(admin, `/orgs/${orgId}/ownership-transfer/accept`, 'take-1');
    expectStatus(acceptedTransfer, 200);
    expectReplayOf(acceptedTransfer, await post(admin, `/orgs/${orgId}/ownership-transfer/accept`, 'take-1'));
    expect(await auditCount(admin, orgId, 'ownership.transferred')).toBe(1);

    const key = randomUUID();
    const workspace = await post(admin, `/orgs/${orgId}/workspaces`, key, { name: 'Staging' });
    expectStatus(workspace, 201);
    expectReplayOf(workspace, await post(admin, `/orgs/${orgId}/workspaces`, key, { name: 'Staging' }));
    // the same key from another caller is another request
    const other = await post(owner, `/orgs/${orgId}/workspaces`, key, { name: 'Staging 2' });
    expectStatus(other, 201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
  });
});
