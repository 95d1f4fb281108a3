import { describe, expect, it } from 'vitest';
import { api, newUser } from '../support/http.ts';
import { inviteAndAccept, newOrg } from '../support/members.ts';

describe('the organization ETag follows every change of the organization', () => {
  it('changes when a member joins or is blocked, so If-None-Match and If-Match see it', async () => {
    const { owner, orgId } = await newOrg();
    const before = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    const etag = before.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"\d+"$/);

    const joined = await inviteAndAccept(owner, orgId, 'member');
    const afterJoin = await api('GET', `/orgs/${orgId}`, {
      token: owner.token,
      headers: { 'if-none-match': etag },
    });
    expect(afterJoin.status).toBe(200);
    expect(afterJoin.body.activeMemberCount).toBe(2);
    expect(afterJoin.headers.get('etag')).not.toBe(etag);

    const stale = await api('PATCH', `/orgs/${orgId}`, {
      token: owner.token,
      headers: { 'if-match': etag },
      body: { name: 'Renamed' },
    });
    expect(stale.status).toBe(412);

    await api('POST', `/orgs/${orgId}/members/${joined.userId}/block`, { token: owner.token });
    const afterBlock = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expect(afterBlock.body.activeMemberCount).toBe(1);
    expect(afterBlock.headers.get('etag')).not.toBe(afterJoin.headers.get('etag'));
  });

  it('a weak ETag never satisfies If-Match', async () => {
    const owner = await newUser();
    const created = await api('POST', '/orgs', {
      token: owner.token,
      body: { name: 'Weak', timeZone: 'UTC' },
    });
    const weak = `W/${created.headers.get('etag')}`;
    const refused = await api('PATCH', `/orgs/${created.body.id}`, {
      token: owner.token,
      headers: { 'if-match': weak },
      body: { name: 'Nope' },
    });
    expect(refused.status).toBe(412);
    expect((await api('GET', `/orgs/${created.body.id}`, { token: owner.token })).body.name).toBe('Weak');
  });
});
