import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ApiResponse, api, newUser } from '../support/http.ts';
import { inviteAndAccept, roster } from '../support/members.ts';
import { enterpriseOrg, expectScimError, GROUP, LIST, PATCH, scim, USER } from '../support/scim.ts';

/**
 * The requests identity providers send, replayed in their order against the local stack:
 * Okta's SCIM 2.0 CRUD test (the "SCIM 2.0 Test App" spec Okta asks integrators to pass)
 * and the Microsoft Entra ID SCIM validator's request shapes. Every answer is checked for
 * its status, `application/scim+json` and its body.
 */

const SCIM_JSON = 'application/scim+json';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function expectScim(response: ApiResponse, status: number) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  if (status !== 204) expect(response.headers.get('content-type')).toBe(SCIM_JSON);
  return response.body;
}

const filter = (expression: string) => `filter=${encodeURIComponent(expression)}`;
const unique = () => randomUUID().slice(0, 8);

describe("Okta's SCIM 2.0 CRUD test, replayed", () => {
  it('users: list, absent, create, get, filter, duplicate 409, replace, deactivate, reactivate, 404', async () => {
    const { token } = await enterpriseOrg();
    // "Required Test: Test Users endpoint"
    const first = expectScim(await scim(token, 'GET', '/Users?count=1&startIndex=1'), 200);
    expect(first).toMatchObject({ schemas: [LIST], startIndex: 1, totalResults: expect.any(Number) });
    expect(Array.isArray(first.Resources)).toBe(true);

    // "Required Test: Get Users/{{id}}" needs a user; the random one does not exist yet
    const email = `okta-${unique()}@example.com`;
    const absent = expectScim(
      await scim(token, 'GET', `/Users?${filter(`userName eq "${email}"`)}&startIndex=1&count=100`),
      200,
    );
    expect(absent).toMatchObject({ schemas: [LIST], totalResults: 0, Resources: [] });

    // "Required Test: Create Okta user with realistic values"
    const oktaBody = {
      schemas: [USER],
      userName: email,
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ primary: true, value: email, type: 'work' }],
      displayName: 'Ada Lovelace',
      locale: 'en-US',
      externalId: `00u${unique()}`,
      groups: [],
      password: '1mP@ssw0rd',
      active: true,
    };
    const created = await scim(token, 'POST', '/Users', oktaBody);
    const user = expectScim(created, 201);
    expect(user).toMatchObject({
      schemas: [USER],
      id: expect.any(String),
      userName: email,
      active: true,
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ value: email, primary: true }],
      meta: { resourceType: 'User', version: 'W/"1"' },
    });
    expect(created.headers.get('location')).toBe(user.meta.location);
    expect(JSON.stringify(user)).not.toContain('1mP@ssw0rd');

    // "Required Test: Verify that user was created" and "Expect failure when recreating user with same values"
    expect(expectScim(await scim(token, 'GET', `/Users/${user.id}`), 200)).toMatchObject({
      id: user.id,
      userName: email,
    });
    const found = expectScim(await scim(token, 'GET', `/Users?${filter(`userName eq "${email}"`)}`), 200);
    expect(found).toMatchObject({ totalResults: 1, itemsPerPage: 1 });
    expect(found.Resources[0].id).toBe(user.id);
    expectScimError(await scim(token, 'POST', '/Users', oktaBody), 409, 'uniqueness');

    // "Required Test: Username Case Sensitivity Check"
    const upper = expectScim(
      await scim(token, 'GET', `/Users?${filter(`userName eq "${email.toUpperCase()}"`)}`),
      200,
    );
    expect(upper.totalResults).toBe(1);

    // Okta's profile push: PUT of the whole user
    const replaced = expectScim(
      await scim(token, 'PUT', `/Users/${user.id}`, {
        ...oktaBody,
        id: user.id,
        name: { givenName: 'Augusta', familyName: 'King' },
      }),
      200,
    );
    expect(replaced).toMatchObject({
      name: { givenName: 'Augusta', familyName: 'King' },
      meta: { version: 'W/"2"' },
    });

    // deactivate and reactivate: Okta's PATCH without a path
    const deactivated = expectScim(
      await scim(token, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { active: false } }],
      }),
      200,
    );
    expect(deactivated.active).toBe(false);
    const reactivated = expectScim(
      await scim(token, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { active: true } }],
      }),
      200,
    );
    expect(reactivated.active).toBe(true);

    // "Required Test: Expect failure when getting non-existent user"
    expectScimError(await scim(token, 'GET', `/Users/${randomUUID()}`), 404);
  });

  it('groups: create, filter by displayName, rename, add and remove members, delete, 404', async () => {
    const { token } = await enterpriseOrg();
    const ids: string[] = [];
    for (const name of ['ada', 'grace']) {
      const email = `${name}-${unique()}@example.com`;
      ids.push(
        expectScim(
          await scim(token, 'POST', '/Users', { schemas: [USER], userName: email, active: true }),
          201,
        ).id,
      );
    }
    const displayName = `Test SCIMv2 ${unique()}`;
    const created = await scim(token, 'POST', '/Groups', { schemas: [GROUP], displayName, members: [] });
    const group = expectScim(created, 201);
    expect(group).toMatchObject({
      schemas: [GROUP],
      id: expect.any(String),
      displayName,
      members: [],
      meta: { resourceType: 'Group', version: 'W/"1"' },
    });
    expect(created.headers.get('location')).toBe(group.meta.location);
    expectScimError(
      await scim(token, 'POST', '/Groups', { schemas: [GROUP], displayName }),
      409,
      'uniqueness',
    );

    const byName = expectScim(
      await scim(token, 'GET', `/Groups?${filter(`displayName eq "${displayName}"`)}&startIndex=1&count=100`),
      200,
    );
    expect(byName).toMatchObject({ schemas: [LIST], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(byName.Resources[0].id).toBe(group.id);

    // Okta renames with the id repeated in the value object
    const renamed = `${displayName} renamed`;
    expect(
      expectScim(
        await scim(token, 'PATCH', `/Groups/${group.id}`, {
          schemas: [PATCH],
          Operations: [{ op: 'replace', value: { id: group.id, displayName: renamed } }],
        }),
        200,
      ).displayName,
    ).toBe(renamed);
    // the old name is free again; the new one found
    expect(
      expectScim(await scim(token, 'GET', `/Groups?${filter(`displayName eq "${displayName}"`)}`), 200)
        .totalResults,
    ).toBe(0);

    const added = expectScim(
      await scim(token, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [
          {
            op: 'add',
            path: 'members',
            value: ids.map((value) => ({ value, display: `${value}@example.com` })),
          },
        ],
      }),
      200,
    );
    expect(added.members.map((member: { value: string }) => member.value)).toEqual(ids);
    const removed = expectScim(
      await scim(token, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'remove', path: `members[value eq "${ids[0]}"]` }],
      }),
      200,
    );
    expect(removed.members.map((member: { value: string }) => member.value)).toEqual([ids[1]]);
    expectScimError(
      await scim(token, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'add', path: 'members', value: [{ value: 'scimusr_nobody' }] }],
      }),
      400,
      'invalidValue',
    );

    // Okta's push replaces the whole group too
    const put = expectScim(
      await scim(token, 'PUT', `/Groups/${group.id}`, {
        schemas: [GROUP],
        id: group.id,
        displayName: renamed,
        members: ids.map((value) => ({ value })),
      }),
      200,
    );
    expect(put.members).toHaveLength(2);

    expectScim(await scim(token, 'DELETE', `/Groups/${group.id}`), 204);
    expectScimError(await scim(token, 'GET', `/Groups/${group.id}`), 404);
    expectScimError(await scim(token, 'DELETE', `/Groups/${group.id}`), 404);
  });
});

describe("Microsoft Entra ID's SCIM validator shapes, replayed", () => {
  it('users: create with the enterprise extension, filters, list paging, PATCH with "False"/"True", replace, delete, 404, 409', async () => {
    const { token } = await enterpriseOrg();
    const userName = `Test_User_${unique()}@testuser.com`;
    const externalId = randomUUID();
    const entraBody = {
      schemas: [USER, ENTERPRISE],
      externalId,
      userName,
      active: true,
      emails: [{ primary: true, type: 'work', value: userName }],
      meta: { resourceType: 'User' },
      name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
      roles: [],
      [ENTERPRISE]: { employeeNumber: '42', department: 'Engineering' },
    };
    const user = expectScim(await scim(token, 'POST', '/Users', entraBody), 201);
    expect(user).toMatchObject({ userName: userName.toLowerCase(), externalId, active: true });
    expectScimError(await scim(token, 'POST', '/Users', entraBody), 409, 'uniqueness');

    // Entra looks users up by userName, then by externalId
    for (const expression of [`userName eq "${userName}"`, `externalId eq "${externalId}"`]) {
      const listed = expectScim(await scim(token, 'GET', `/Users?${filter(expression)}`), 200);
      expect(listed, expression).toMatchObject({ schemas: [LIST], totalResults: 1 });
      expect(listed.Resources[0].id).toBe(user.id);
    }
    expect(
      expectScim(await scim(token, 'GET', `/Users?${filter(`userName eq "absent_${userName}"`)}`), 200),
    ).toMatchObject({ totalResults: 0, Resources: [] });

    // list paging with startIndex and count
    for (let i = 0; i < 2; i += 1)
      expectScim(
        await scim(token, 'POST', '/Users', { schemas: [USER], userName: `page${i}-${userName}` }),
        201,
      );
    const page1 = expectScim(await scim(token, 'GET', '/Users?startIndex=1&count=2'), 200);
    expect(page1).toMatchObject({ totalResults: 3, startIndex: 1, itemsPerPage: 2 });
    const page2 = expectScim(await scim(token, 'GET', '/Users?startIndex=3&count=2'), 200);
    expect(page2).toMatchObject({ totalResults: 3, startIndex: 3, itemsPerPage: 1 });
    const seen = [...page1.Resources, ...page2.Resources].map((resource: { id: string }) => resource.id);
    expect(new Set(seen).size).toBe(3);

    // "Update User Attributes": Entra's PATCH with paths, op names capitalised
    const patched = expectScim(
      await scim(token, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [
          { op: 'Replace', path: 'name.familyName', value: 'Lovelace' },
          { op: 'Add', path: 'displayName', value: 'Ada L.' },
          { op: 'Replace', path: 'emails[type eq "work"].value', value: userName },
          { op: 'Add', path: `${ENTERPRISE}:manager`, value: 'someone' },
        ],
      }),
      200,
    );
    expect(patched).toMatchObject({ name: { familyName: 'Lovelace' }, displayName: 'Ada L.' });

    // "Disable User": active as the string "False"; then "True"
    const disabled = expectScim(
      await scim(token, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      }),
      200,
    );
    expect(disabled.active).toBe(false);
    expect(
      expectScim(
        await scim(token, 'PATCH', `/Users/${user.id}`, {
          schemas: [PATCH],
          Operations: [{ op: 'Replace', path: 'active', value: 'True' }],
        }),
        200,
      ).active,
    ).toBe(true);

    // replace, then delete: the user is gone
    const replaced = expectScim(
      await scim(token, 'PUT', `/Users/${user.id}`, { ...entraBody, id: user.id, displayName: 'Replaced' }),
      200,
    );
    expect(replaced.displayName).toBe('Replaced');
    expectScim(await scim(token, 'DELETE', `/Users/${user.id}`), 204);
    expectScimError(await scim(token, 'GET', `/Users/${user.id}`), 404);
    expectScimError(
      await scim(token, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      }),
      404,
    );
    expectScimError(await scim(token, 'DELETE', `/Users/${user.id}`), 404);
  });

  it('groups: create with externalId, filter with excludedAttributes=members, Add/Remove members, Replace displayName', async () => {
    const { token } = await enterpriseOrg();
    const member = expectScim(
      await scim(token, 'POST', '/Users', {
        schemas: [USER],
        userName: `Test_User_${unique()}@testuser.com`,
      }),
      201,
    );
    const displayName = `Group_${unique()}`;
    const group = expectScim(
      await scim(token, 'POST', '/Groups', {
        schemas: [GROUP],
        externalId: randomUUID(),
        displayName,
        meta: { resourceType: 'Group' },
      }),
      201,
    );
    const listed = expectScim(
      await scim(
        token,
        'GET',
        `/Groups?excludedAttributes=members&${filter(`displayName eq "${displayName}"`)}`,
      ),
      200,
    );
    expect(listed.totalResults).toBe(1);
    expect(listed.Resources[0]).not.toHaveProperty('members');
    expect(
      expectScim(await scim(token, 'GET', `/Groups/${group.id}?excludedAttributes=members`), 200),
    ).not.toHaveProperty('members');

    const withMember = expectScim(
      await scim(token, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Add', path: 'members', value: [{ value: member.id }] }],
      }),
      200,
    );
    expect(withMember.members).toEqual([expect.objectContaining({ value: member.id })]);
    const without = expectScim(
      await scim(token, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Remove', path: 'members', value: [{ value: member.id }] }],
      }),
      200,
    );
    expect(without.members).toEqual([]);
    const renamed = expectScim(
      await scim(token, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'displayName', value: `${displayName}_1` }],
      }),
      200,
    );
    expect(renamed.displayName).toBe(`${displayName}_1`);
    expectScimError(await scim(token, 'GET', `/Groups/${randomUUID()}`), 404);
    expectScimError(await scim(token, 'GET', `/Groups?${filter('members eq "x"')}`), 400, 'invalidFilter');
  });
});

describe('groups named after roles', () => {
  it('give only roles the token’s creator could give by hand, and only to members they may manage', async () => {
    const { owner, orgId } = await enterpriseOrg();
    const treasurer = await api('POST', `/orgs/${orgId}/roles`, {
      token: owner.token,
      body: { key: 'treasurer', name: 'Treasurer', permissions: ['org:read', 'billing:manage'] },
    });
    expect(treasurer.status, JSON.stringify(treasurer.body)).toBe(201);
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const adminToken = await api('POST', `/orgs/${orgId}/scim-tokens`, {
      token: admin.token,
      body: { name: 'IdP set up by an admin' },
    });
    expect(adminToken.status, JSON.stringify(adminToken.body)).toBe(201);
    const token = adminToken.body.token as string;
    const person = await inviteAndAccept(owner, orgId, 'member');
    const user = expectScim(
      await scim(token, 'POST', '/Users', { schemas: [USER], userName: person.email }),
      201,
    );
    const roleOf = async () =>
      (await roster(owner, orgId)).find((entry) => entry.userId === person.userId)?.role;

    // an admin holds no billing:manage: a group named after the treasurer role gives nothing
    expectScim(
      await scim(token, 'POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'Treasurer',
        members: [{ value: user.id }],
      }),
      201,
    );
    expect(await roleOf()).toBe('member');
    // a built-in role an admin gives by hand is given
    expectScim(
      await scim(token, 'POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'developer',
        members: [{ value: user.id }],
      }),
      201,
    );
    expect(await roleOf()).toBe('developer');
  });

  it('give their members the role; the most permissions win; no role group: member; the owner never changes', async () => {
    const { owner, orgId, token } = await enterpriseOrg();
    const person = await inviteAndAccept(owner, orgId, 'member');
    const bound = expectScim(
      await scim(token, 'POST', '/Users', { schemas: [USER], userName: person.email }),
      201,
    );
    const ownerUser = expectScim(
      await scim(token, 'POST', '/Users', { schemas: [USER], userName: owner.email }),
      201,
    );
    const roleOf = async (userId: string) =>
      (await roster(owner, orgId)).find((entry) => entry.userId === userId)?.role;

    const admins = expectScim(
      await scim(token, 'POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'Admin',
        members: [{ value: bound.id }, { value: ownerUser.id }],
      }),
      201,
    );
    expect(await roleOf(person.userId)).toBe('admin');
    expect(await roleOf(owner.userId)).toBe('owner');

    const developers = expectScim(
      await scim(token, 'POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'developer',
        members: [{ value: bound.id }],
      }),
      201,
    );
    expect(await roleOf(person.userId)).toBe('admin');

    // Okta removes the person from the admin group: the developer group speaks
    expectScim(
      await scim(token, 'PATCH', `/Groups/${admins.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'remove', path: `members[value eq "${bound.id}"]` }],
      }),
      200,
    );
    expect(await roleOf(person.userId)).toBe('developer');

    // renamed away from a role's key: no role group left
    expectScim(
      await scim(token, 'PATCH', `/Groups/${developers.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: 'displayName', value: 'Engineering' }],
      }),
      200,
    );
    expect(await roleOf(person.userId)).toBe('member');

    // a provisioned person not yet signed in is listed as member; signing in binds them
    const later = `later-${unique()}@example.com`;
    const unbound = expectScim(
      await scim(token, 'POST', '/Users', { schemas: [USER], userName: later }),
      201,
    );
    expectScim(
      await scim(token, 'PATCH', `/Groups/${admins.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'add', path: 'members', value: [{ value: unbound.id }] }],
      }),
      200,
    );
    expect((await roster(owner, orgId)).find((entry) => entry.email === later)).toMatchObject({
      status: 'invited',
      role: 'member',
    });
    // bound at sign-in (shared/scim/binding.ts) with the role their groups give
    const signedIn = await newUser({ email: later });
    expect(await roleOf(signedIn.userId)).toBe('admin');

    // deleting the admin group leaves its members with their other groups' role (none: member)
    expectScim(await scim(token, 'DELETE', `/Groups/${admins.id}`), 204);
    expect(await roleOf(signedIn.userId)).toBe('member');
    expect(await roleOf(owner.userId)).toBe('owner');
  });
});
