import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../infra/local/dev-issuer.ts';
import { createKeyOk, whoAmI } from '../support/api-keys.ts';
import { api, newUser, type TestUser } from '../support/http.ts';
import { accept, expectStatus, invite, inviteAndAccept, mapLimit } from '../support/members.ts';
import { createOrgFor } from '../support/orgs.ts';
import { enterpriseOrg, expectScimError, scim, USER } from '../support/scim.ts';

const DEVELOPER = ['org:read', 'developer:keys', 'developer:webhooks', 'workflows:read', 'workflows:run'];

const roles = (user: TestUser, orgId: string) => api('GET', `/orgs/${orgId}/roles`, { token: user.token });
const createRole = (user: TestUser, orgId: string, body: unknown) =>
  api('POST', `/orgs/${orgId}/roles`, { token: user.token, body });
const patchRole = (user: TestUser, orgId: string, key: string, body: unknown) =>
  api('PATCH', `/orgs/${orgId}/roles/${key}`, { token: user.token, body });
const deleteRole = (user: TestUser, orgId: string, key: string) =>
  api('DELETE', `/orgs/${orgId}/roles/${key}`, { token: user.token });
const choosePlan = (user: TestUser, orgId: string, planId: string) =>
  api('PUT', `/orgs/${orgId}/plan`, { token: user.token, body: { planId } });
const myOrg = async (user: TestUser, orgId: string) =>
  (await api('GET', '/me/organizations', { token: user.token })).body.items.find(
    (item: { id: string }) => item.id === orgId,
  );

/** The same person, signed in with a second factor. */
const withMfa = async (user: TestUser): Promise<TestUser> => ({
  ...user,
  token: await signDevToken({ email: user.email, sub: user.userId, amr: ['pwd', 'mfa'] }),
});

describe('roles, permissions and custom roles', () => {
  let owner: TestUser;
  let orgId: string;

  beforeAll(async () => {
    owner = await newUser({ name: 'Owner' });
    orgId = (await createOrgFor(owner)).id;
  });

  it('GET /roles: built-in roles from the catalog with the application permissions; any member may read it', async () => {
    const member = await inviteAndAccept(owner, orgId, 'member');
    const response = await roles(member, orgId);
    expectStatus(response, 200);
    const byKey = Object.fromEntries(response.body.items.map((role: { key: string }) => [role.key, role]));
    expect(Object.keys(byKey)).toEqual(['owner', 'admin', 'developer', 'finance', 'member']);
    expect(byKey.developer.permissions).toEqual(DEVELOPER);
    expect(byKey.member.permissions).toEqual(['org:read', 'workflows:read']);
    expect(byKey.finance.permissions).toEqual(['org:read', 'billing:manage', 'workflows:read']);
    expect(byKey.owner.permissions).toEqual(
      expect.arrayContaining(['access:manage', 'org:transfer', 'org:delete']),
    );
    const catalog = response.body.permissions.map((entry: { permission: string }) => entry.permission);
    expect(catalog).toEqual([
      'org:read',
      'org:settings',
      'members:invite',
      'members:manage',
      'billing:manage',
      'developer:keys',
      'developer:webhooks',
      'audit:read',
      'access:manage',
      'workflows:read',
      'workflows:run',
    ]);
    expect((await myOrg(member, orgId)).permissions).toEqual(['org:read', 'workflows:read']);
  });

  it('custom roles need the custom_roles feature: 403 PLAN_FEATURE_UNAVAILABLE on basic, nothing created', async () => {
    const refused = await createRole(owner, orgId, {
      key: 'support',
      name: 'Support',
      permissions: ['org:read'],
    });
    expectStatus(refused, 403, 'PLAN_FEATURE_UNAVAILABLE');
    expect((await roles(owner, orgId)).body.items).toHaveLength(5);
  });

  it('create, assign by invitation, escalation refused, ROLE_IN_USE and FEATURE_IN_USE, edits effective on the next request, delete', async () => {
    expectStatus(await choosePlan(owner, orgId, 'pro'), 200);
    const admin = await inviteAndAccept(owner, orgId, 'admin');

    // an admin holds no billing:manage: a role with it would grant what they lack
    const escalating = await createRole(admin, orgId, {
      key: 'payer',
      name: 'Payer',
      permissions: ['org:read', 'billing:manage'],
    });
    expectStatus(escalating, 403, 'FORBIDDEN');
    expectStatus(
      await createRole(owner, orgId, { key: 'admin', name: 'X', permissions: [] }),
      409,
      'ROLE_EXISTS',
    );
    const unknown = await createRole(owner, orgId, { key: 'x1', name: 'X', permissions: ['nope:nope'] });
    expectStatus(unknown, 400, 'VALIDATION_FAILED');
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'permissions.0' })]);

    const created = await createRole(admin, orgId, {
      key: 'support',
      name: 'Support',
      description: 'Answers customers',
      permissions: ['org:read', 'members:invite', 'workflows:read'],
    });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({ key: 'support', builtIn: false, holders: 0 });
    expectStatus(
      await createRole(admin, orgId, { key: 'support', name: 'Again', permissions: [] }),
      409,
      'ROLE_EXISTS',
    );

    const agent = await newUser({ name: 'Agent' });
    const invited = await invite(admin, orgId, agent.email, 'support' as never);
    expectStatus(invited, 201);
    expect(invited.body.role).toBe('support');
    expectStatus(await deleteRole(owner, orgId, 'support'), 409, 'ROLE_IN_USE');
    expectStatus(await choosePlan(owner, orgId, 'basic'), 409, 'FEATURE_IN_USE');
    expectStatus(await accept(agent, invited.body.id), 200);
    expect((await myOrg(agent, orgId)).permissions).toEqual(['org:read', 'members:invite', 'workflows:read']);

    // members:invite, but no escalation: never a role holding what the agent lacks
    const friend = await newUser();
    expectStatus(await invite(agent, orgId, friend.email, 'admin'), 403, 'FORBIDDEN');
    expectStatus(await invite(agent, orgId, friend.email, 'member'), 201);
    const patchOrg = () => api('PATCH', `/orgs/${orgId}`, { token: agent.token, body: { name: 'Renamed' } });
    expectStatus(await patchOrg(), 403, 'FORBIDDEN');

    const edited = await patchRole(owner, orgId, 'support', {
      permissions: ['org:read', 'org:settings', 'members:invite', 'workflows:read'],
    });
    expectStatus(edited, 200);
    expect(edited.body.holders).toBe(1);
    expectStatus(await patchOrg(), 200);
    expectStatus(await patchRole(owner, orgId, 'admin', { name: 'Boss' }), 403, 'FORBIDDEN');

    // back to a built-in role: the role is free, the plan may drop the feature
    const moved = await api('PATCH', `/orgs/${orgId}/members/${agent.userId}`, {
      token: admin.token,
      body: { role: 'member' },
    });
    expectStatus(moved, 200);
    expectStatus(await patchOrg(), 403, 'FORBIDDEN');
    expectStatus(await deleteRole(owner, orgId, 'support'), 204);
    expectStatus(await deleteRole(owner, orgId, 'support'), 404, 'NOT_FOUND');
    expectStatus(await choosePlan(owner, orgId, 'basic'), 200);
    const audit = await api('GET', `/orgs/${orgId}/audit-log`, { token: owner.token });
    const actions = audit.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['role.created', 'role.updated', 'role.deleted']));
  });

  it('a custom role given by role change counts as held; an unknown role is 400 and changes nothing', async () => {
    const org = (await createOrgFor(await newUser())).id;
    const boss = (await api('GET', `/orgs/${org}`, { token: owner.token })).status;
    expect(boss).toBe(404);
    const creator = await newUser();
    const own = (await createOrgFor(creator)).id;
    expectStatus(await choosePlan(creator, own, 'pro'), 200);
    expectStatus(
      await createRole(creator, own, { key: 'viewer', name: 'Viewer', permissions: ['org:read'] }),
      201,
    );
    const dev = await inviteAndAccept(creator, own, 'developer');
    const path = `/orgs/${own}/members/${dev.userId}`;
    expectStatus(
      await api('PATCH', path, { token: creator.token, body: { role: 'ghost' } }),
      400,
      'VALIDATION_FAILED',
    );
    expectStatus(await api('PATCH', path, { token: creator.token, body: { role: 'viewer' } }), 200);
    expectStatus(await deleteRole(creator, own, 'viewer'), 409, 'ROLE_IN_USE');
    expectStatus(await api('DELETE', path, { token: creator.token }), 204);
    expectStatus(await deleteRole(creator, own, 'viewer'), 204);
  });

  it('at most 50 custom roles, exactly, even when created concurrently: 409 ROLE_LIMIT_REACHED; deleting one frees its place', async () => {
    const creator = await newUser();
    const own = (await createOrgFor(creator)).id;
    expectStatus(await choosePlan(creator, own, 'pro'), 200);
    const role = (i: number) => ({ key: `r${i}`, name: `Role ${i}`, permissions: ['org:read'] });
    const customCount = async () =>
      (await roles(creator, own)).body.items.filter((item: { builtIn: boolean }) => !item.builtIn).length;
    // more than the cap at once: every answer is a creation or a refusal, never more than 50 roles
    const raced = await mapLimit(
      Array.from({ length: 56 }, (_, i) => i),
      8,
      async (i) => {
        const response = await createRole(creator, own, role(i));
        return `${response.status} ${response.body?.code ?? ''}`.trim();
      },
    );
    for (const outcome of raced) expect(outcome).toMatch(/^(201|409 ROLE_LIMIT_REACHED|409 CONFLICT)$/);
    expect(await customCount()).toBeLessThanOrEqual(50);
    // fill up one by one: the 51st is refused, whatever the race left
    let next = 56;
    while ((await customCount()) < 50) expectStatus(await createRole(creator, own, role(next++)), 201);
    expectStatus(await createRole(creator, own, role(next)), 409, 'ROLE_LIMIT_REACHED');
    expect(await customCount()).toBe(50);
    const some = (await roles(creator, own)).body.items.find((item: { builtIn: boolean }) => !item.builtIn);
    expectStatus(await deleteRole(creator, own, some.key), 204);
    expectStatus(await createRole(creator, own, role(next)), 201);
    expect(await customCount()).toBe(50);
  });
});

describe('scoped API keys', () => {
  it('a scope within the creator’s permissions; effective = scope ∩ the creator’s permissions now', async () => {
    const owner = await newUser();
    const orgId = (await createOrgFor(owner)).id;
    const developer = await inviteAndAccept(owner, orgId, 'developer');
    const full = await createKeyOk(developer, orgId);
    expect(full.body.permissions).toEqual(DEVELOPER);
    const scoped = await createKeyOk(developer, orgId, {
      name: 'read',
      mode: 'sandbox',
      permissions: ['workflows:read'],
    });
    expect((await whoAmI(scoped.key)).body.permissions).toEqual(['workflows:read']);
    const escalating = await api('POST', `/orgs/${orgId}/api-keys`, {
      token: developer.token,
      body: { name: 'pay', mode: 'sandbox', permissions: ['billing:manage'] },
    });
    expectStatus(escalating, 403, 'FORBIDDEN');
    expect((await whoAmI(full.key)).body.permissions).toEqual(DEVELOPER);

    // an admin rolling the owner's key gets a key within the admin's permissions (no billing:manage)
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const ownerKey = await createKeyOk(owner, orgId);
    expect(ownerKey.body.permissions).toContain('billing:manage');
    const rolled = await api('POST', `/orgs/${orgId}/api-keys/${ownerKey.id}/roll`, { token: admin.token });
    expectStatus(rolled, 201);
    expect(rolled.body.permissions).not.toContain('billing:manage');
    expect((await whoAmI(rolled.body.key)).body.permissions).toEqual(rolled.body.permissions);
  });
});

describe('the security policy', () => {
  it('requireMfa: refused for a token without a second factor, /me and leaving still work; allowedInviteDomains', async () => {
    const owner = await newUser();
    const orgId = (await createOrgFor(owner)).id;
    const member = await inviteAndAccept(owner, orgId, 'member');
    const path = `/orgs/${orgId}/security-policy`;
    expect((await api('GET', path, { token: owner.token })).body).toMatchObject({
      requireMfa: false,
      allowedInviteDomains: [],
    });
    const policy = { requireMfa: true, allowedInviteDomains: ['Example.com'] };
    // the caller would lock themself out: refused, nothing changed
    expectStatus(await api('PUT', path, { token: owner.token, body: policy }), 403, 'MFA_REQUIRED');
    expect((await api('GET', path, { token: owner.token })).body.requireMfa).toBe(false);
    const strong = await withMfa(owner);
    const put = await api('PUT', path, { token: strong.token, body: policy });
    expectStatus(put, 200);
    expect(put.body).toMatchObject({ requireMfa: true, allowedInviteDomains: ['example.com'] });

    expectStatus(await api('GET', `/orgs/${orgId}`, { token: owner.token }), 403, 'MFA_REQUIRED');
    expectStatus(await api('GET', `/orgs/${orgId}`, { token: strong.token }), 200);
    expectStatus(await api('POST', `/orgs/${orgId}/session`, { token: member.token }), 403, 'MFA_REQUIRED');
    expectStatus(await api('GET', '/me/organizations', { token: member.token }), 200);

    const outsider = await newUser({ email: `someone-${Date.now()}@elsewhere.test` });
    const refused = await invite(strong, orgId, outsider.email, 'member');
    expectStatus(refused, 403, 'EMAIL_DOMAIN_NOT_ALLOWED');
    expectStatus(await invite(strong, orgId, (await newUser()).email, 'member'), 201);

    // leaving needs no second factor
    expectStatus(
      await api('DELETE', `/orgs/${orgId}/members/${member.userId}`, { token: member.token }),
      204,
    );
  });

  it('requireMfa holds for accepting ownership: a password-only token of the target is 403 and nothing moves', async () => {
    const owner = await withMfa(await newUser());
    const orgId = (await createOrgFor(owner)).id;
    const target = await inviteAndAccept(owner, orgId, 'admin');
    const policy = { requireMfa: true, allowedInviteDomains: [] };
    expectStatus(
      await api('PUT', `/orgs/${orgId}/security-policy`, { token: owner.token, body: policy }),
      200,
    );
    const offered = await api('POST', `/orgs/${orgId}/ownership-transfer`, {
      token: owner.token,
      body: { toUserId: target.userId },
    });
    expectStatus(offered, 201);
    const accept = (user: TestUser) =>
      api('POST', `/orgs/${orgId}/ownership-transfer/accept`, { token: user.token });

    expectStatus(await accept(target), 403, 'MFA_REQUIRED');
    const org = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expect(org.body.ownerId).toBe(owner.userId);
    const strongTarget = await withMfa(target);
    expect(
      (await api('GET', `/orgs/${orgId}/ownership-transfer`, { token: strongTarget.token })).body,
    ).toMatchObject({
      toUserId: target.userId,
      status: 'pending',
    });
    // with a second factor the offer is still there to accept
    expectStatus(await accept(strongTarget), 200);
    expect((await api('GET', `/orgs/${orgId}`, { token: strongTarget.token })).body.ownerId).toBe(
      target.userId,
    );
  });

  it('allowedInviteDomains holds for SCIM provisioning: another domain is a 403 SCIM error and creates nothing', async () => {
    const { owner, orgId, token } = await enterpriseOrg();
    const policy = { requireMfa: false, allowedInviteDomains: ['acme.test'] };
    expectStatus(
      await api('PUT', `/orgs/${orgId}/security-policy`, { token: owner.token, body: policy }),
      200,
    );
    const user = (userName: string) => ({ schemas: [USER], userName, active: true });

    const outsider = `outsider-${Date.now()}@elsewhere.test`;
    const refused = await scim(token, 'POST', '/Users', user(outsider));
    expectScimError(refused, 403);
    expect(refused.body.detail).toContain('EMAIL_DOMAIN_NOT_ALLOWED');
    const listed = await scim(
      token,
      'GET',
      `/Users?filter=${encodeURIComponent(`userName eq "${outsider}"`)}`,
    );
    expect(listed.body.totalResults).toBe(0);
    const roster = await api('GET', `/orgs/${orgId}/members`, { token: owner.token });
    expect(roster.body.items.map((entry: { email: string }) => entry.email)).not.toContain(outsider);

    // the org's own domain is provisioned as before
    const insider = `insider-${Date.now()}@ACME.test`;
    const created = await scim(token, 'POST', '/Users', user(insider));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });
});
