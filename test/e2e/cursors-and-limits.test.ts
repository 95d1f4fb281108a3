import { describe, expect, it } from 'vitest';
import { api, newUser } from '../support/http.ts';
import { expectStatus, inviteOk, newOrg } from '../support/members.ts';

/** An org whose roster has more than one page of invitees (limit 1). */
async function orgWithInvitees() {
  const { owner, orgId } = await newOrg();
  for (let i = 0; i < 2; i++) {
    const invitee = await newUser();
    await inviteOk(owner, orgId, invitee.email, 'member');
  }
  return { owner, orgId };
}

describe('cursors are encrypted and bound to their list, org and filter', () => {
  it('a roster cursor reveals no keys, ids or emails', async () => {
    const { owner, orgId } = await orgWithInvitees();
    const page = await api('GET', `/orgs/${orgId}/members?status=invited&limit=1`, { token: owner.token });
    expectStatus(page, 200);
    const cursor = page.body.nextCursor as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const view of [cursor, Buffer.from(cursor, 'base64url').toString('latin1')]) {
      expect(view).not.toMatch(/MEMBER|INVITEE|ORG#|@example\.com|"SK"|"PK"/);
      expect(view).not.toContain(orgId);
    }
    const next = await api('GET', `/orgs/${orgId}/members?status=invited&limit=1&cursor=${cursor}`, {
      token: owner.token,
    });
    expectStatus(next, 200);
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0].email).not.toBe(page.body.items[0].email);
  });

  it('a cursor moved to another org, another filter, or changed by one character is 400', async () => {
    const { owner, orgId } = await orgWithInvitees();
    const other = await orgWithInvitees();
    const page = await api('GET', `/orgs/${orgId}/members?status=invited&limit=1`, { token: owner.token });
    const cursor = page.body.nextCursor as string;
    const flipped = `${cursor.slice(0, 20)}${cursor[20] === 'A' ? 'B' : 'A'}${cursor.slice(21)}`;
    const probes = [
      api('GET', `/orgs/${other.orgId}/members?status=invited&limit=1&cursor=${cursor}`, {
        token: other.owner.token,
      }),
      api('GET', `/orgs/${orgId}/members?status=active&limit=1&cursor=${cursor}`, { token: owner.token }),
      api('GET', `/orgs/${orgId}/invitations?limit=1&cursor=${cursor}`, { token: owner.token }),
      api('GET', `/orgs/${orgId}/members?status=invited&limit=1&cursor=${flipped}`, { token: owner.token }),
      api(
        'GET',
        `/orgs/${orgId}/members?limit=1&cursor=${Buffer.from('{"s":"x","k":{}}').toString('base64url')}.x`,
        {
          token: owner.token,
        },
      ),
    ];
    for (const response of await Promise.all(probes)) expectStatus(response, 400, 'VALIDATION_FAILED');
  });
});

describe('limit takes decimal digits only (1..100)', () => {
  it.each([['0x10'], ['1e2'], ['%205'], ['+5'], ['5.0'], ['0'], ['101'], ['-1'], ['']])(
    'limit=%s is 400',
    async (limit) => {
      const user = await newUser();
      const response = await api('GET', `/me/organizations?limit=${limit}`, { token: user.token });
      expectStatus(response, 400, 'VALIDATION_FAILED');
    },
  );

  it('limit=007 and limit=100 are accepted', async () => {
    const user = await newUser();
    for (const limit of ['007', '100']) {
      expectStatus(await api('GET', `/me/organizations?limit=${limit}`, { token: user.token }), 200);
    }
  });
});
