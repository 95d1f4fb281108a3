import { describe, expect, it } from 'vitest';
import { api } from '../support/http.ts';
import { inviteAndAccept, inviteOk, newOrg } from '../support/members.ts';

describe('an ownership offer belongs to the membership it was made to', () => {
  it('is refused after the target was removed and re-joined as admin', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const offered = await api('POST', `/orgs/${orgId}/ownership-transfer`, {
      token: owner.token,
      body: { toUserId: admin.userId },
    });
    expect(offered.status).toBe(201);

    expect(
      (await api('DELETE', `/orgs/${orgId}/members/${admin.userId}`, { token: owner.token })).status,
    ).toBe(204);
    const invitationId = await inviteOk(owner, orgId, admin.email, 'admin');
    expect((await api('POST', `/invitations/${invitationId}/accept`, { token: admin.token })).status).toBe(
      200,
    );

    const accepted = await api('POST', `/orgs/${orgId}/ownership-transfer/accept`, { token: admin.token });
    // the removal ended the offer in the same transaction
    expect(accepted.status).toBe(404);
    expect(accepted.body.code).toBe('NOT_FOUND');
    const org = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expect(org.body.ownerId).toBe(owner.userId);
  });
});
