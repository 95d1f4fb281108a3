import { describe, expect, it } from 'vitest';
import { generateApiKey, parseApiKey } from '../../shared/api-keys/domain/format.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import {
  activateOrg,
  createKey,
  createKeyOk,
  expectKeyRefused,
  getKey,
  revokeKey,
  rollKey,
  whoAmI,
} from '../support/api-keys.ts';
import { api, newUser } from '../support/http.ts';
import { inviteAndAccept, newOrg, walk } from '../support/members.ts';
import { expectProblem } from '../support/orgs.ts';
import { setAttributes } from '../support/table.ts';
import { until } from '../support/wait.ts';

/** The API-key life cycle over HTTP against the local stack, as an API user lives it. */

const auditActions = async (user: Awaited<ReturnType<typeof newUser>>, orgId: string) =>
  (await walk(user, `/orgs/${orgId}/audit-log`, { limit: '100' })).items;

/** What a key created by the owner may do by default (application permissions included). */
const OWNER_SCOPE = [
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
];

describe('API keys: life cycle', () => {
  it('create → call /v1/organization → revoke → the very next call is 401 API_KEY_REVOKED', async () => {
    const { owner, orgId } = await newOrg();
    const created = await createKey(owner, orgId, { name: 'CI deploys', mode: 'sandbox' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.get('location')).toBe(`/orgs/${orgId}/api-keys/${created.body.id}`);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^key_/),
      name: 'CI deploys',
      mode: 'sandbox',
      key: expect.stringMatching(/^orgs_test_[0-9A-Za-z]{39}$/),
      start: expect.stringMatching(/^orgs_test_[0-9A-Za-z]{4}$/),
      status: 'active',
      createdBy: owner.userId,
      createdAt: expect.any(String),
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      rolledTo: null,
      rolledFrom: null,
      // the default scope: all the creator (the owner) holds, owner actions aside
      permissions: OWNER_SCOPE,
    });
    const { key, id } = created.body;
    expect(key.startsWith(created.body.start)).toBe(true);
    expect(parseApiKey(key)).toEqual({ mode: 'sandbox' });

    for (const via of ['bearer', 'header'] as const) {
      const me = await whoAmI(key, via);
      expect(me.status, JSON.stringify(me.body)).toBe(200);
      expect(me.body).toEqual({
        orgId,
        name: expect.any(String),
        mode: 'sandbox',
        via: 'apiKey',
        permissions: OWNER_SCOPE,
        keyId: id,
        keyName: 'CI deploys',
      });
    }
    const listed = await getKey(owner, orgId, id);
    expect(listed.body.lastUsedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);

    const revoked = await revokeKey(owner, orgId, id);
    expect(revoked.status).toBe(204);
    expectKeyRefused(await whoAmI(key), 'API_KEY_REVOKED');
    expect((await getKey(owner, orgId, id)).body).toMatchObject({
      status: 'revoked',
      revokedAt: expect.any(String),
    });
    // revoking again changes nothing and says so calmly
    expect((await revokeKey(owner, orgId, id)).status).toBe(204);

    const actions = (await auditActions(owner, orgId)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'api_key.created')).toHaveLength(1);
    expect(actions.filter((action) => action === 'api_key.revoked')).toHaveLength(1);
  });

  it('roll with grace: both keys work until the grace ends, then only the new one', async () => {
    const { owner, orgId } = await newOrg();
    const old = await createKeyOk(owner, orgId, { name: 'worker', mode: 'sandbox' });
    // a grace long enough that the two checks below fit in it on a loaded machine
    const rolled = await rollKey(owner, orgId, old.id, { expiresInSeconds: 6 });
    expect(rolled.status, JSON.stringify(rolled.body)).toBe(201);
    expect(rolled.body).toMatchObject({
      name: 'worker',
      mode: 'sandbox',
      status: 'active',
      rolledFrom: old.id,
      key: expect.stringMatching(/^orgs_test_/),
      previous: { id: old.id, status: 'active', rolledTo: rolled.body.id, expiresAt: expect.any(String) },
    });
    expect(rolled.body.previous.key).toBeUndefined();
    const fresh = rolled.body.key as string;
    expect(fresh).not.toBe(old.key);
    expect((await whoAmI(old.key)).status).toBe(200);
    expect((await whoAmI(fresh)).body).toMatchObject({ keyId: rolled.body.id, keyName: 'worker' });

    await until(
      () => whoAmI(old.key),
      (response) => response.status === 401,
      'the old key to expire',
      20_000,
    );
    expectKeyRefused(await whoAmI(old.key), 'API_KEY_EXPIRED');
    expect((await whoAmI(fresh)).status).toBe(200);
    expect((await getKey(owner, orgId, old.id)).body.status).toBe('expired');
    // a rolled key is not rolled twice
    expectProblem(await rollKey(owner, orgId, old.id, {}), 409, 'CONFLICT');
    const audit = (await auditActions(owner, orgId)).find((entry) => entry.action === 'api_key.rolled');
    expect(audit).toMatchObject({
      target: { type: 'apiKey', id: old.id },
      details: { newKeyId: rolled.body.id, graceSeconds: 6 },
    });
  });

  it('roll without grace revokes the old key at once', async () => {
    const { owner, orgId } = await newOrg();
    const old = await createKeyOk(owner, orgId);
    const rolled = await rollKey(owner, orgId, old.id);
    expect(rolled.status, JSON.stringify(rolled.body)).toBe(201);
    expect(rolled.body.previous).toMatchObject({ status: 'revoked', rolledTo: rolled.body.id });
    expectKeyRefused(await whoAmI(old.key), 'API_KEY_REVOKED');
    expect((await whoAmI(rolled.body.key)).status).toBe(200);
    expectProblem(
      await rollKey(owner, orgId, old.id, { expiresInSeconds: 86_401 }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('expiry: a key works until expiresAt, then 401 API_KEY_EXPIRED; a past expiresAt is refused at creation', async () => {
    const { owner, orgId } = await newOrg();
    expectProblem(
      await createKey(owner, orgId, { name: 'x', mode: 'sandbox', expiresAt: '2020-01-01T00:00:00Z' }),
      400,
      'VALIDATION_FAILED',
    );
    // long enough for the create and the first call on a loaded CI machine (2 s was not, once)
    const expiresAt = new Date(Date.now() + 6_000).toISOString();
    const created = await createKeyOk(owner, orgId, { name: 'short', mode: 'sandbox', expiresAt });
    expect(created.body.expiresAt).toBe(expiresAt);
    expect((await whoAmI(created.key)).status).toBe(200);
    await until(
      () => whoAmI(created.key),
      (response) => response.status === 401,
      'the key to expire',
      15_000,
    );
    expectKeyRefused(await whoAmI(created.key), 'API_KEY_EXPIRED');
    expect((await getKey(owner, orgId, created.id)).body.status).toBe('expired');
    expectProblem(await rollKey(owner, orgId, created.id), 409, 'CONFLICT');
  });

  it('a live key: 409 ORG_NOT_ACTIVE before activation; after activation it works, and a sandbox key keeps working', async () => {
    const { owner, orgId } = await newOrg();
    expectProblem(await createKey(owner, orgId, { name: 'live', mode: 'production' }), 409, 'ORG_NOT_ACTIVE');
    const sandbox = await createKeyOk(owner, orgId, { name: 'test', mode: 'sandbox' });
    await activateOrg(owner, orgId);
    const live = await createKeyOk(owner, orgId, { name: 'live', mode: 'production' });
    expect(live.key).toMatch(/^orgs_live_/);
    expect((await whoAmI(live.key)).body).toMatchObject({ orgId, mode: 'production', keyId: live.id });
    expect((await whoAmI(sandbox.key)).body).toMatchObject({ orgId, mode: 'sandbox', keyId: sandbox.id });
  });

  it('a live key of an org that is not in production is 403 ORG_NOT_ACTIVE', async () => {
    const { owner, orgId } = await newOrg();
    await activateOrg(owner, orgId);
    const live = await createKeyOk(owner, orgId, { name: 'live', mode: 'production' });
    // no route takes an org out of production: arrange it in the table
    await setAttributes(keys.org(orgId), { mode: 'sandbox' });
    const refused = await whoAmI(live.key);
    expectProblem(refused, 403, 'ORG_NOT_ACTIVE');
  });

  it('list filters by mode and status and never shows a secret; get too', async () => {
    const { owner, orgId } = await newOrg();
    const a = await createKeyOk(owner, orgId, { name: 'a', mode: 'sandbox' });
    const b = await createKeyOk(owner, orgId, { name: 'b', mode: 'sandbox' });
    expect((await revokeKey(owner, orgId, b.id)).status).toBe(204);
    const all = await walk(owner, `/orgs/${orgId}/api-keys`, { limit: '1' });
    expect(all.items.map((key) => key.id).sort()).toEqual([a.id, b.id].sort());
    expect(all.pages).toBeGreaterThanOrEqual(2);
    for (const item of all.items) expect(item.key).toBeUndefined();
    const revoked = await walk(owner, `/orgs/${orgId}/api-keys`, { status: 'revoked' });
    expect(revoked.items.map((key) => key.id)).toEqual([b.id]);
    const active = await walk(owner, `/orgs/${orgId}/api-keys`, { status: 'active', mode: 'sandbox' });
    expect(active.items.map((key) => key.id)).toEqual([a.id]);
    expect((await walk(owner, `/orgs/${orgId}/api-keys`, { mode: 'production' })).items).toEqual([]);
    expectProblem(
      await api('GET', `/orgs/${orgId}/api-keys?status=bogus`, { token: owner.token }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await getKey(owner, orgId, 'key_unknown'), 404, 'NOT_FOUND');
  });

  it('Idempotency-Key: a retry replays the same key (secret included) to the same caller, and creates one', async () => {
    const { owner, orgId } = await newOrg();
    const headers = { 'idempotency-key': `create-${orgId}` };
    const body = { name: 'retried', mode: 'sandbox' };
    const first = await createKey(owner, orgId, body, headers);
    const second = await createKey(owner, orgId, body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect((await whoAmI(second.body.key)).status).toBe(200);
    expect((await walk(owner, `/orgs/${orgId}/api-keys`)).items).toHaveLength(1);
    expectProblem(
      await createKey(owner, orgId, { ...body, name: 'other' }, headers),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );

    const rollHeaders = { 'idempotency-key': `roll-${orgId}` };
    const rolled = await rollKey(owner, orgId, first.body.id, { expiresInSeconds: 60 }, rollHeaders);
    const again = await rollKey(owner, orgId, first.body.id, { expiresInSeconds: 60 }, rollHeaders);
    expect(rolled.status).toBe(201);
    expect(again.body).toEqual(rolled.body);
    expect((await walk(owner, `/orgs/${orgId}/api-keys`)).items).toHaveLength(2);
  });
});

describe('API keys: credentials in the wrong place', () => {
  it('a user JWT on /v1 is 401 API_KEY_INVALID; an API key on a user route is 401 UNAUTHENTICATED', async () => {
    const { owner, orgId } = await newOrg();
    const created = await createKeyOk(owner, orgId);
    expectKeyRefused(await api('GET', '/v1/organization', { token: owner.token }), 'API_KEY_INVALID');
    expectKeyRefused(await api('GET', '/v1/organization'), 'API_KEY_INVALID');
    const onUserRoute = await api('GET', `/orgs/${orgId}`, {
      headers: { authorization: `Bearer ${created.key}` },
    });
    expectProblem(onUserRoute, 401, 'UNAUTHENTICATED');
    expect(onUserRoute.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('a forged key with a valid checksum but an unknown hash is API_KEY_INVALID; so is a typo', async () => {
    const forged = generateApiKey('sandbox').key;
    expectKeyRefused(await whoAmI(forged), 'API_KEY_INVALID');
    const { owner, orgId } = await newOrg();
    const real = await createKeyOk(owner, orgId);
    const last = real.key.at(-1) === 'a' ? 'b' : 'a';
    const typo = `${real.key.slice(0, -1)}${last}`;
    const refused = await whoAmI(typo);
    expectKeyRefused(refused, 'API_KEY_INVALID');
    expect(JSON.stringify(refused.body)).not.toContain(typo);
  });
});

describe('API keys: isolation', () => {
  it('a key yields only its own org; keys of another org are 404 to outsiders', async () => {
    const one = await newOrg();
    const two = await newOrg();
    const keyOne = await createKeyOk(one.owner, one.orgId, { name: 'one', mode: 'sandbox' });
    const keyTwo = await createKeyOk(two.owner, two.orgId, { name: 'two', mode: 'sandbox' });
    expect((await whoAmI(keyOne.key)).body).toMatchObject({ orgId: one.orgId, keyId: keyOne.id });
    expect((await whoAmI(keyTwo.key)).body).toMatchObject({ orgId: two.orgId, keyId: keyTwo.id });
    // the owner of one org sees nothing of the other's keys, and cannot reach them by id
    expectProblem(await getKey(one.owner, two.orgId, keyTwo.id), 404, 'NOT_FOUND');
    expectProblem(await getKey(one.owner, one.orgId, keyTwo.id), 404, 'NOT_FOUND');
    expectProblem(await revokeKey(one.owner, one.orgId, keyTwo.id), 404, 'NOT_FOUND');
    expectProblem(await rollKey(one.owner, one.orgId, keyTwo.id), 404, 'NOT_FOUND');
    expect((await whoAmI(keyTwo.key)).status).toBe(200);
  });
});

describe('API keys: revoke races 50 calls', () => {
  it('no call that starts after the revoke answered succeeds', async () => {
    const { owner, orgId } = await newOrg();
    const created = await createKeyOk(owner, orgId);
    let revokedAt: number | undefined;
    const results: { startedAt: number; status: number; code?: string }[] = [];
    // 50 callers keep calling until the revoke has answered, then each calls once more
    const callers = Array.from({ length: 50 }, async () => {
      for (let afterRevoke = 0; afterRevoke < 1; ) {
        if (revokedAt !== undefined) afterRevoke++;
        const startedAt = performance.now();
        const response = await whoAmI(created.key);
        results.push({ startedAt, status: response.status, code: response.body?.code });
      }
    });
    const revoke = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const response = await revokeKey(owner, orgId, created.id);
      revokedAt = performance.now();
      expect(response.status).toBe(204);
    })();
    await Promise.all([...callers, revoke]);
    const after = results.filter((result) => revokedAt !== undefined && result.startedAt > revokedAt);
    expect(after.length).toBeGreaterThanOrEqual(50);
    for (const result of after) expect(result).toMatchObject({ status: 401, code: 'API_KEY_REVOKED' });
    expect(results.some((result) => result.status === 200)).toBe(true);
    for (const result of results) expect([200, 401]).toContain(result.status);
  });
});

describe('API keys: who may do what', () => {
  it('the contract table over every route: five roles, a non-member, a blocked member', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const developer = await inviteAndAccept(owner, orgId, 'developer');
    const otherDeveloper = await inviteAndAccept(owner, orgId, 'developer');
    const finance = await inviteAndAccept(owner, orgId, 'finance');
    const member = await inviteAndAccept(owner, orgId, 'member');
    const blocked = await inviteAndAccept(owner, orgId, 'developer');
    expect(
      (await api('POST', `/orgs/${orgId}/members/${blocked.userId}/block`, { token: owner.token })).status,
    ).toBe(200);
    const outsider = await newUser();

    const people = { owner, admin, developer, finance, member, outsider, blocked };
    const expectCreate = {
      owner: 201,
      admin: 201,
      developer: 201,
      finance: 403,
      member: 403,
      outsider: 404,
      blocked: 404,
    };
    const expectRead = {
      owner: 200,
      admin: 200,
      developer: 200,
      finance: 403,
      member: 403,
      outsider: 404,
      blocked: 404,
    };
    const ownersKey = await createKeyOk(owner, orgId, { name: 'owner key', mode: 'sandbox' });
    for (const [name, user] of Object.entries(people) as [keyof typeof people, typeof owner][]) {
      const created = await createKey(user, orgId, { name: `${name} key`, mode: 'sandbox' });
      expect(created.status, `${name} creates`).toBe(expectCreate[name]);
      const list = await api('GET', `/orgs/${orgId}/api-keys`, { token: user.token });
      expect(list.status, `${name} lists`).toBe(expectRead[name]);
      expect((await getKey(user, orgId, ownersKey.id)).status, `${name} reads`).toBe(expectRead[name]);
    }

    // revoke and roll: owner and admin any key; a developer only their own
    const expectManageOthers = {
      owner: 201,
      admin: 201,
      developer: 403,
      finance: 403,
      member: 403,
      outsider: 404,
      blocked: 404,
    };
    for (const [name, user] of Object.entries(people) as [keyof typeof people, typeof owner][]) {
      const target = await createKeyOk(otherDeveloper, orgId, { name: `target of ${name}`, mode: 'sandbox' });
      const rolled = await rollKey(user, orgId, target.id, { expiresInSeconds: 0 });
      expect(rolled.status, `${name} rolls another's key`).toBe(expectManageOthers[name]);
      const victim = rolled.status === 201 ? rolled.body.id : target.id;
      const revoked = await revokeKey(user, orgId, victim);
      const want = expectManageOthers[name] === 201 ? 204 : expectManageOthers[name];
      expect(revoked.status, `${name} revokes another's key`).toBe(want);
    }
    const own = await createKeyOk(developer, orgId, { name: 'mine', mode: 'sandbox' });
    const rolledOwn = await rollKey(developer, orgId, own.id);
    expect(rolledOwn.status).toBe(201);
    expect((await revokeKey(developer, orgId, rolledOwn.body.id)).status).toBe(204);
  });
});
