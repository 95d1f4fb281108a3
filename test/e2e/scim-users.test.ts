import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { api, newUser, type TestUser } from '../support/http.ts';
import { waitForEmails } from '../support/mailbox.ts';
import { getOrg, inviteAndAccept, newOrg, roster, setMemberLimit } from '../support/members.ts';
import { expectProblem } from '../support/orgs.ts';
import { enterpriseOrg, expectScimError, PATCH, scim, USER } from '../support/scim.ts';

/** The `orgId#scimUserId` entries waiting for this email's person (the documented table shortcut). */
async function pendingFor(email: string): Promise<string[]> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.provisioningPending(email), ConsistentRead: true }),
  );
  return Item?.pending instanceof Set ? [...Item.pending].map(String) : [];
}

/** SCIM 2.0 against the local stack, in the request shapes Okta and Entra send. */

const oktaUser = (email: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER],
  userName: email,
  name: { givenName: 'Ada', familyName: 'Lovelace' },
  emails: [{ primary: true, value: email, type: 'work' }],
  displayName: 'Ada Lovelace',
  locale: 'en-US',
  externalId: `00u${Math.random().toString(36).slice(2, 12)}`,
  groups: [],
  password: 'ignored-1!',
  active: true,
  ...extra,
});

describe('SCIM tokens', () => {
  it('shown once, listed without the secret, refused on the next call once revoked; gated by the plan', async () => {
    const { owner, orgId } = await newOrg();
    expectProblem(
      await api('POST', `/orgs/${orgId}/scim-tokens`, { token: owner.token, body: {} }),
      403,
      'PLAN_FEATURE_UNAVAILABLE',
    );
    expect(
      (await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'enterprise' } }))
        .status,
    ).toBe(200);
    const created = await api('POST', `/orgs/${orgId}/scim-tokens`, {
      token: owner.token,
      body: { name: 'Okta' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^scimtok_/),
      token: expect.stringMatching(/^orgs_scim_[0-9A-Za-z]{39}$/),
      createdAt: expect.any(String),
      status: 'active',
    });
    const { token, id } = created.body;

    const listed = await api('GET', `/orgs/${orgId}/scim-tokens`, { token: owner.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(token);

    // a plan without scim cannot be chosen while a token is in use
    const downgrade = await api('PUT', `/orgs/${orgId}/plan`, {
      token: owner.token,
      body: { planId: 'pro' },
    });
    expect(downgrade.status, JSON.stringify(downgrade.body)).toBe(409);

    expect((await scim(token, 'GET', '/ServiceProviderConfig')).status).toBe(200);
    // a typo (bad checksum: the last character changed, never to itself) and an API key are refused
    const typo = `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`;
    expectScimError(await scim(typo, 'GET', '/Users'), 401);
    expectScimError(await scim('orgs_test_abc', 'GET', '/Users'), 401);

    expect((await api('DELETE', `/orgs/${orgId}/scim-tokens/${id}`, { token: owner.token })).status).toBe(
      204,
    );
    expectScimError(await scim(token, 'GET', '/Users'), 401);
    expect((await api('DELETE', `/orgs/${orgId}/scim-tokens/${id}`, { token: owner.token })).status).toBe(
      204,
    );
    const after = await api('GET', `/orgs/${orgId}/scim-tokens`, { token: owner.token });
    expect(after.body.items[0]).toMatchObject({ id, status: 'revoked', revokedAt: expect.any(String) });
    // no token in use: the plan may drop scim again
    expect(
      (await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'pro' } })).status,
    ).toBe(200);
  });

  it('a member without the permission is refused', async () => {
    const { owner, orgId } = await enterpriseOrg();
    const developer = await inviteAndAccept(owner, orgId, 'developer');
    expectProblem(
      await api('GET', `/orgs/${orgId}/scim-tokens`, { token: developer.token }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('SCIM discovery', () => {
  it('ServiceProviderConfig, ResourceTypes, Schemas', async () => {
    const { token } = await enterpriseOrg();
    const config = await scim(token, 'GET', '/ServiceProviderConfig');
    expect(config.headers.get('content-type')).toBe('application/scim+json');
    expect(config.body).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 100 },
      sort: { supported: false },
      etag: { supported: true },
      changePassword: { supported: false },
      authenticationSchemes: [expect.objectContaining({ type: 'oauthbearertoken' })],
    });
    const types = await scim(token, 'GET', '/ResourceTypes');
    expect(types.body.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    const schemas = await scim(token, 'GET', '/Schemas');
    expect(schemas.body.Resources[0].id).toBe(USER);
  });
});

describe('SCIM Users (Okta and Entra shapes)', () => {
  it('create → get → filter → list paging → deactivate → reactivate → replace → delete', async () => {
    const { owner, orgId, token } = await enterpriseOrg();
    const email = `ada-${Date.now()}@example.com`;
    const before = (await getOrg(owner, orgId)).activeMemberCount;

    const created = await scim(token, 'POST', '/Users', oktaUser(email.toUpperCase()));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const user = created.body;
    expect(user).toMatchObject({
      schemas: [USER],
      id: expect.any(String),
      userName: email,
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      active: true,
      meta: {
        resourceType: 'User',
        created: expect.any(String),
        lastModified: expect.any(String),
        version: 'W/"1"',
      },
    });
    expect(created.headers.get('location')).toBe(user.meta.location);
    expect(user.meta.location).toMatch(new RegExp(`/scim/v2/Users/${user.id}$`));
    expect(JSON.stringify(user)).not.toContain('ignored-1!');

    // listed invited in the console's roster; a seat taken
    const entry = (await roster(owner, orgId)).find((e) => e.email === email);
    expect(entry).toMatchObject({ status: 'invited', role: 'member' });
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(before + 1);

    // uniqueness
    expectScimError(await scim(token, 'POST', '/Users', oktaUser(email)), 409, 'uniqueness');

    const got = await scim(token, 'GET', `/Users/${user.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('W/"1"');
    expectScimError(await scim(token, 'GET', '/Users/nope'), 404);

    // filters as Okta and Entra send them
    const byName = await scim(
      token,
      'GET',
      `/Users?filter=${encodeURIComponent(`userName eq "${email.toUpperCase()}"`)}&startIndex=1&count=100`,
    );
    expect(byName.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(byName.body.Resources[0].id).toBe(user.id);
    const byExternal = await scim(
      token,
      'GET',
      `/Users?filter=${encodeURIComponent(`externalId eq "${user.externalId}"`)}`,
    );
    expect(byExternal.body.Resources.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const none = await scim(
      token,
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "nobody@example.com"')}`,
    );
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    const both = await scim(
      token,
      'GET',
      `/Users?filter=${encodeURIComponent(`userName eq "${email}" and (externalId eq "x" or active eq true)`)}`,
    );
    expect(both.body.totalResults).toBe(1);
    expectScimError(
      await scim(token, 'GET', `/Users?filter=${encodeURIComponent('userName co "ada"')}`),
      400,
      'invalidFilter',
    );
    expectScimError(
      await scim(token, 'GET', `/Users?filter=${encodeURIComponent('title eq "x"')}`),
      400,
      'invalidFilter',
    );
    expectScimError(
      await scim(token, 'GET', `/Users?filter=${encodeURIComponent('userName eq')}`),
      400,
      'invalidFilter',
    );

    // paging
    const second = await scim(token, 'POST', '/Users', oktaUser(`b-${email}`));
    expect(second.status).toBe(201);
    const page = await scim(token, 'GET', '/Users?startIndex=2&count=1');
    expect(page.body).toMatchObject({ totalResults: 2, startIndex: 2, itemsPerPage: 1 });
    expect(page.body.Resources[0].id).toBe(second.body.id);

    // Okta: replace with a path-less value object; Entra: "False" as a string, op in capitals
    const okta = await scim(token, 'PATCH', `/Users/${user.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(okta.status, JSON.stringify(okta.body)).toBe(200);
    expect(okta.body.active).toBe(false);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(before + 1);
    const entra = await scim(token, 'PATCH', `/Users/${user.id}`, {
      schemas: [PATCH],
      Operations: [
        { op: 'Replace', path: 'active', value: 'True' },
        { op: 'Add', path: 'name.givenName', value: 'Augusta' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: email },
      ],
    });
    expect(entra.status, JSON.stringify(entra.body)).toBe(200);
    expect(entra.body).toMatchObject({ active: true, name: { givenName: 'Augusta' } });
    expect(entra.body.meta.version).toBe('W/"3"');

    // If-Match
    expectScimError(
      await scim(
        token,
        'PATCH',
        `/Users/${user.id}`,
        { schemas: [PATCH], Operations: [{ op: 'replace', path: 'displayName', value: 'x' }] },
        { 'if-match': 'W/"1"' },
      ),
      412,
    );
    const put = await scim(
      token,
      'PUT',
      `/Users/${user.id}`,
      oktaUser(email, { externalId: 'ext-1', displayName: 'A. L.' }),
      {
        'if-match': 'W/"3"',
      },
    );
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ externalId: 'ext-1', displayName: 'A. L.', meta: { version: 'W/"4"' } });
    expectScimError(
      await scim(token, 'PUT', `/Users/${user.id}`, oktaUser(`other-${email}`)),
      400,
      'mutability',
    );

    expect((await scim(token, 'DELETE', `/Users/${user.id}`)).status).toBe(204);
    expectScimError(await scim(token, 'GET', `/Users/${user.id}`), 404);
    expectScimError(await scim(token, 'DELETE', `/Users/${user.id}`), 404);
    expect((await roster(owner, orgId)).find((e) => e.email === email)).toBeUndefined();
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(before + 1); // the second user's seat
  });

  it('an existing member is bound: deactivate blocks, reactivate unblocks, delete removes; the owner is untouchable', async () => {
    const { owner, orgId, token } = await enterpriseOrg();
    const member = await inviteAndAccept(owner, orgId, 'developer');
    const bound = await scim(token, 'POST', '/Users', oktaUser(member.email));
    expect(bound.status, JSON.stringify(bound.body)).toBe(201);
    const id = bound.body.id;
    const patch = (active: unknown) =>
      scim(token, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: 'active', value: active }],
      });
    expect((await patch('False')).body.active).toBe(false);
    expect((await roster(owner, orgId)).find((e) => e.userId === member.userId)?.status).toBe('blocked');
    expect((await api('GET', `/orgs/${orgId}`, { token: member.token })).status).toBe(404);
    expect((await patch(true)).body.active).toBe(true);
    expect((await roster(owner, orgId)).find((e) => e.userId === member.userId)?.status).toBe('active');
    expect((await scim(token, 'DELETE', `/Users/${id}`)).status).toBe(204);
    expect((await roster(owner, orgId)).find((e) => e.userId === member.userId)).toBeUndefined();

    const ownerUser = await scim(token, 'POST', '/Users', oktaUser((owner as TestUser).email));
    expect(ownerUser.status).toBe(201);
    expectScimError(
      await scim(token, 'PATCH', `/Users/${ownerUser.body.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { active: 'False' } }],
      }),
      409,
    );
    expectScimError(await scim(token, 'DELETE', `/Users/${ownerUser.body.id}`), 409);
  });

  it('a provisioned person signs in with the verified email: active, no accept step; deactivated → blocked', async () => {
    const { owner, orgId, token } = await enterpriseOrg();
    const email = `grace-${Date.now()}@example.com`;
    const created = await scim(token, 'POST', '/Users', oktaUser(email));
    expect(created.status).toBe(201);
    const paused = `paused-${email}`;
    expect((await scim(token, 'POST', '/Users', oktaUser(paused, { active: false }))).status).toBe(201);
    const seats = (await getOrg(owner, orgId)).activeMemberCount;

    // an unverified email binds nothing
    const unverified = await newUser({ email, emailVerified: false });
    expect((await roster(owner, orgId)).find((e) => e.email === email)?.status).toBe('invited');
    expect((await api('GET', `/orgs/${orgId}`, { token: unverified.token })).status).toBe(404);

    const person = await newUser({ email });
    const entries = await roster(owner, orgId);
    expect(entries.filter((e) => e.email === email)).toEqual([
      expect.objectContaining({ userId: person.userId, status: 'active', role: 'member' }),
    ]);
    expect((await api('GET', `/orgs/${orgId}`, { token: person.token })).status).toBe(200);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(seats);
    const me = await api('GET', '/me', { token: person.token });
    expect(me.body.defaultOrgId).toBe(orgId);

    // the SCIM user now speaks for the member
    const patched = await scim(token, 'PATCH', `/Users/${created.body.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', value: { active: 'False' } }],
    });
    expect(patched.body.active).toBe(false);
    expect((await roster(owner, orgId)).find((e) => e.userId === person.userId)?.status).toBe('blocked');
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(seats - 1);

    const pausedPerson = await newUser({ email: paused });
    expect((await roster(owner, orgId)).find((e) => e.email === paused)).toMatchObject({
      userId: pausedPerson.userId,
      status: 'blocked',
    });
  });

  it('what waits for an email is one item, read with the user’s own: set by provisioning, emptied by binding and by deprovisioning', async () => {
    const { token, orgId } = await enterpriseOrg();
    const email = `ada-${Date.now()}@example.com`;
    const gone = `gone-${email}`;
    const created = await scim(token, 'POST', '/Users', oktaUser(email));
    const deprovisioned = await scim(token, 'POST', '/Users', oktaUser(gone));
    expect(await pendingFor(email)).toEqual([`${orgId}#${created.body.id}`]);
    expect(await pendingFor(gone)).toEqual([`${orgId}#${deprovisioned.body.id}`]);

    expect((await scim(token, 'DELETE', `/Users/${deprovisioned.body.id}`)).status).toBe(204);
    expect(await pendingFor(gone)).toEqual([]);

    const person = await newUser({ email });
    expect(await pendingFor(email)).toEqual([]);
    expect((await api('GET', `/orgs/${orgId}`, { token: person.token })).status).toBe(200);
  });

  it('a provisioned person is emailed once: not on PATCH, PUT, deactivate/reactivate, nor once signed in', async () => {
    const { token } = await enterpriseOrg();
    const email = `hopper-${Date.now()}@example.com`;
    const created = await scim(token, 'POST', '/Users', oktaUser(email));
    expect(created.status).toBe(201);
    const [told] = await waitForEmails(email, 1, { subject: /^You have been added to /, settleMs: 0 });
    expect(told?.body.text).toContain(email);

    const id = created.body.id as string;
    const changes = [
      { op: 'replace', path: 'name.givenName', value: 'Grace' },
      { op: 'replace', value: { active: 'False' } },
      { op: 'replace', value: { active: 'True' } },
    ];
    for (const operation of changes)
      expect(
        (await scim(token, 'PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [operation] })).status,
      ).toBe(200);
    expect(
      (await scim(token, 'PUT', `/Users/${id}`, oktaUser(email, { displayName: 'G. Hopper' }))).status,
    ).toBe(200);
    await newUser({ email });
    expect(
      (
        await scim(token, 'PATCH', `/Users/${id}`, {
          schemas: [PATCH],
          Operations: [{ op: 'replace', path: 'displayName', value: 'Grace' }],
        })
      ).status,
    ).toBe(200);

    // provisioned inactive: told when first activated, once
    const paused = `paused-${email}`;
    const inactive = await scim(token, 'POST', '/Users', oktaUser(paused, { active: false }));
    for (const active of ['True', 'False', 'True'])
      await scim(token, 'PATCH', `/Users/${inactive.body.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'active', value: active }],
      });
    // the second address's email comes after every write to the first user: then nothing more came
    expect(await waitForEmails(paused, 1)).toHaveLength(1);
    expect(await waitForEmails(email, 1)).toHaveLength(1);
  });

  it('the seat limit holds: 409 and nothing created', async () => {
    const { owner, orgId, token } = await enterpriseOrg();
    await setMemberLimit(orgId, 2);
    expect((await scim(token, 'POST', '/Users', oktaUser(`one-${Date.now()}@example.com`))).status).toBe(201);
    const full = `two-${Date.now()}@example.com`;
    expectScimError(await scim(token, 'POST', '/Users', oktaUser(full)), 409);
    const listed = await scim(token, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${full}"`)}`);
    expect(listed.body.totalResults).toBe(0);
    // an inactive user takes no seat
    expect((await scim(token, 'POST', '/Users', oktaUser(full, { active: false }))).status).toBe(201);
    expect((await roster(owner, orgId)).filter((e) => e.status === 'invited')).toHaveLength(2);
  });

  it('under a race: one seat left, 6 users pushed at once (4 of them the same userName) → one created', async () => {
    const { owner, orgId, token } = await enterpriseOrg();
    const before = (await getOrg(owner, orgId)).activeMemberCount;
    await setMemberLimit(orgId, before + 1);
    const same = `same-${Date.now()}@example.com`;
    const emails = [same, same, same, same, `x-${same}`, `y-${same}`];
    const results = await Promise.all(emails.map((email) => scim(token, 'POST', '/Users', oktaUser(email))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const refused of results.filter((r) => r.status !== 201)) expectScimError(refused, 409);
    expect((await getOrg(owner, orgId)).activeMemberCount).toBe(before + 1);
    const listed = await scim(token, 'GET', '/Users');
    expect(listed.body.totalResults).toBe(1);
    expect((await roster(owner, orgId)).filter((e) => e.status === 'invited')).toHaveLength(1);
  });

  it('Idempotency-Key: a retry answers the first response; the key is the token’s own', async () => {
    const first = await enterpriseOrg();
    const second = await enterpriseOrg();
    const key = `idem-${Date.now()}`;
    const email = `idem-${Date.now()}@example.com`;
    const body = oktaUser(email);
    const once = await scim(first.token, 'POST', '/Users', body, { 'idempotency-key': key });
    expect(once.status).toBe(201);
    const again = await scim(first.token, 'POST', '/Users', body, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(once.body.id);
    expect(again.headers.get('content-type')).toBe('application/scim+json');
    const elsewhere = await scim(second.token, 'POST', '/Users', body, { 'idempotency-key': key });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.id).not.toBe(once.body.id);
  });

  it('refusals are SCIM errors', async () => {
    const { token } = await enterpriseOrg();
    expectScimError(
      await scim(token, 'POST', '/Users', { schemas: [USER], userName: 'not an email' }),
      400,
      'invalidValue',
    );
    expectScimError(await scim('', 'GET', '/Users'), 401);
    const unknown = await newUser();
    expectScimError(await scim(unknown.token, 'GET', '/Users'), 401);
  });
});
