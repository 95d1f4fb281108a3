import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import { onboardingSteps } from '../support/onboarding.ts';
import { createOrgFor, expectProblem, seedMember, setMemberStatus } from '../support/orgs.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  action: string;
  target: { type: string; id: string };
  details: Record<string, unknown>;
}

/** Walks every page of the audit log (following nextCursor), checking each page's shape. */
async function walkAudit(user: TestUser, orgId: string, query: Record<string, string> = {}) {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params: URLSearchParams = new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) });
    const page: ApiResponse = await api('GET', `/orgs/${orgId}/audit-log?${params}`, { token: user.token });
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(Object.keys(page.body).sort()).toEqual(['items', 'nextCursor']);
    const limit = Number(query.limit ?? 25);
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    entries.push(...page.body.items);
    cursor = page.body.nextCursor;
    pages++;
    expect(pages, 'pagination does not terminate').toBeLessThan(200);
  } while (cursor !== null);
  return { entries, pages };
}

const orgPath = (orgId: string) => `/orgs/${orgId}`;

describe('POST /orgs', () => {
  it('creates a sandbox org with Location, ETag, the contract shape, a default workspace and an owner', async () => {
    const user = await newUser();
    const response = await api('POST', '/orgs', {
      token: user.token,
      body: { name: '  Acme Inc  ', timeZone: 'Europe/Berlin' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const org = response.body;
    expect(org).toMatchObject({
      id: expect.stringMatching(/\S/),
      name: 'Acme Inc',
      timeZone: 'Europe/Berlin',
      branding: { logoUrl: null, bannerUrl: null, badgeUrl: null },
      mode: 'sandbox',
      status: 'sandbox',
      planId: 'basic',
      memberLimit: 10,
      activeMemberCount: 1,
      ownerId: user.userId,
      createdAt: expect.stringMatching(ISO),
      updatedAt: expect.stringMatching(ISO),
    });
    expect(Object.keys(org.branding).sort()).toEqual(['badgeUrl', 'bannerUrl', 'logoUrl']);
    expect(response.headers.get('location')).toBe(`/orgs/${org.id}`);
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);

    // the Location resolves to the same org with the same ETag
    const fetched = await api('GET', response.headers.get('location') ?? '', { token: user.token });
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(org);
    expect(fetched.headers.get('etag')).toBe(etag);

    const workspaces = await api('GET', `/orgs/${org.id}/workspaces`, { token: user.token });
    expect(workspaces.status).toBe(200);
    expect(workspaces.body.items).toHaveLength(1);
    expect(workspaces.body.items[0]).toMatchObject({
      id: expect.any(String),
      name: 'Default',
      createdBy: user.userId,
      isDefault: true,
      createdAt: expect.stringMatching(ISO),
    });
    expect(workspaces.body.nextCursor).toBeNull();

    const mine = await api('GET', '/me/organizations', { token: user.token });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ orgId: org.id, name: 'Acme Inc', role: 'owner', status: 'active' }),
    ]);

    const me = await api('GET', '/me', { token: user.token });
    expect(me.body.defaultOrgId).toBe(org.id);
  });

  it('keeps an existing defaultOrgId when the user creates an org later', async () => {
    const owner = await newUser();
    const other = await createOrgFor(owner);
    const user = await newUser();
    await seedMember(other.id, user, 'member');
    const switched = await api('PATCH', '/me', { token: user.token, body: { defaultOrgId: other.id } });
    expect(switched.status, JSON.stringify(switched.body)).toBe(200);
    const own = await createOrgFor(user);
    expect(own.id).not.toBe(other.id);
    expect((await api('GET', '/me', { token: user.token })).body.defaultOrgId).toBe(other.id);
  });

  it('a second org is 409 ORG_LIMIT_REACHED and creates nothing', async () => {
    const user = await newUser();
    const first = await createOrgFor(user);
    const second = await api('POST', '/orgs', {
      token: user.token,
      body: { name: 'Second', timeZone: 'UTC' },
    });
    expectProblem(second, 409, 'ORG_LIMIT_REACHED');
    const mine = await api('GET', '/me/organizations', { token: user.token });
    expect(mine.body.items.map((item: { orgId: string }) => item.orgId)).toEqual([first.id]);
  });

  it('20 concurrent creations by one (unregistered) user: exactly one 201, the rest 409', async () => {
    const user = await newUser({ register: false });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api('POST', '/orgs', { token: user.token, body: { name: `Race ${index}`, timeZone: 'UTC' } }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(
      statuses.filter((status) => status === 201),
      JSON.stringify(statuses),
    ).toHaveLength(1);
    expect(
      statuses.filter((status) => status === 409),
      JSON.stringify(statuses),
    ).toHaveLength(19);
    for (const response of responses.filter((r) => r.status === 409)) {
      expectProblem(response, 409, 'ORG_LIMIT_REACHED');
    }
    const winner = responses.find((response) => response.status === 201);
    const mine = await api('GET', '/me/organizations', { token: user.token });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].orgId).toBe(winner?.body.id);
    expect((await api('GET', '/me', { token: user.token })).body.defaultOrgId).toBe(winner?.body.id);
  });

  it('refuses invalid bodies with 400 and the failing paths', async () => {
    const user = await newUser();
    const cases: [unknown, string][] = [
      [{ timeZone: 'UTC' }, 'body.name'],
      [{ name: '   ', timeZone: 'UTC' }, 'body.name'],
      [{ name: 'x'.repeat(101), timeZone: 'UTC' }, 'body.name'],
      [{ name: 'Tab\there', timeZone: 'UTC' }, 'body.name'],
      [{ name: 'Acme' }, 'body.timeZone'],
      [{ name: 'Acme', timeZone: 'Mars/Base' }, 'body.timeZone'],
      [{ name: 'Acme', timeZone: 'UTC', planId: 'enterprise' }, 'body'],
    ];
    for (const [body, path] of cases) {
      const response = await api('POST', '/orgs', { token: user.token, body });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContainEqual(path);
    }
    // nothing was created: the user can still create their one org
    const ok = await createOrgFor(user, { name: 'x'.repeat(100), timeZone: 'utc' });
    expect(ok.body.name).toHaveLength(100);
    expect(ok.body.timeZone).toBe('UTC');
  });
});

describe('POST /orgs with Idempotency-Key', () => {
  it('the same key and body replay the first response (idempotent-replayed) and act once', async () => {
    const user = await newUser();
    const key = randomUUID();
    const body = { name: 'Replay Co', timeZone: 'Asia/Kolkata' };
    const first = await api('POST', '/orgs', {
      token: user.token,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await api('POST', '/orgs', {
      token: user.token,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));

    const mine = await api('GET', '/me/organizations', { token: user.token });
    expect(mine.body.items).toHaveLength(1);
    // another key is a new request: the one-org limit applies
    const otherKey = await api('POST', '/orgs', {
      token: user.token,
      body,
      headers: { 'idempotency-key': randomUUID() },
    });
    expectProblem(otherKey, 409, 'ORG_LIMIT_REACHED');
  });

  it('the same key with another body is 422', async () => {
    const user = await newUser();
    const key = randomUUID();
    const first = await api('POST', '/orgs', {
      token: user.token,
      body: { name: 'First', timeZone: 'UTC' },
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    const reused = await api('POST', '/orgs', {
      token: user.token,
      body: { name: 'Other', timeZone: 'UTC' },
      headers: { 'idempotency-key': key },
    });
    expectProblem(reused, 422);
    expect((await api('GET', orgPath(first.body.id), { token: user.token })).body.name).toBe('First');
  });

  it('keys are per user: another user with the same key creates their own org', async () => {
    const key = randomUUID();
    const body = { name: 'Same', timeZone: 'UTC' };
    const [a, b] = [await newUser(), await newUser()];
    const first = await api('POST', '/orgs', { token: a.token, body, headers: { 'idempotency-key': key } });
    const second = await api('POST', '/orgs', { token: b.token, body, headers: { 'idempotency-key': key } });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.ownerId).toBe(b.userId);
  });

  it('concurrent requests with the same key all answer the same org', async () => {
    const user = await newUser();
    const key = randomUUID();
    const body = { name: 'Concurrent Co', timeZone: 'UTC' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        api('POST', '/orgs', { token: user.token, body, headers: { 'idempotency-key': key } }),
      ),
    );
    const summary = JSON.stringify(responses.map((r) => [r.status, r.body?.code ?? r.body?.id]));
    for (const response of responses) expect(response.status, summary).toBe(201);
    const ids = new Set(responses.map((response) => response.body.id));
    expect(ids.size, summary).toBe(1);
    const fresh = responses.filter((response) => response.headers.get('idempotent-replayed') === null);
    expect(fresh, 'exactly one request acted').toHaveLength(1);
    const mine = await api('GET', '/me/organizations', { token: user.token });
    expect(mine.body.items.map((item: { orgId: string }) => item.orgId)).toEqual([...ids]);
  });

  it('refuses an empty or over-long key', async () => {
    const user = await newUser();
    for (const key of ['', 'x'.repeat(256)]) {
      const response = await api('POST', '/orgs', {
        token: user.token,
        body: { name: 'K', timeZone: 'UTC' },
        headers: { 'idempotency-key': key },
      });
      expectProblem(response, 400, 'VALIDATION_FAILED');
    }
    expect((await api('GET', '/me/organizations', { token: user.token })).body.items).toEqual([]);
  });
});

describe('GET /orgs/{orgId}', () => {
  it('answers 304 to If-None-Match with the current ETag, 200 once it changed', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const got = await api('GET', orgPath(org.id), { token: user.token });
    const etag = got.headers.get('etag') ?? '';
    expect(etag).toBe(org.etag);
    const notModified = await api('GET', orgPath(org.id), {
      token: user.token,
      headers: { 'if-none-match': etag },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeUndefined();
    expect(notModified.headers.get('etag')).toBe(etag);

    const other = await api('GET', orgPath(org.id), {
      token: user.token,
      headers: { 'if-none-match': '"0"' },
    });
    expect(other.status).toBe(200);

    const patched = await api('PATCH', orgPath(org.id), { token: user.token, body: { name: 'Changed' } });
    expect(patched.status).toBe(200);
    const newEtag = patched.headers.get('etag');
    expect(newEtag).not.toBe(etag);
    const stale = await api('GET', orgPath(org.id), {
      token: user.token,
      headers: { 'if-none-match': etag },
    });
    expect(stale.status).toBe(200);
    expect(stale.body.name).toBe('Changed');
    expect(stale.headers.get('etag')).toBe(newEtag);
  });

  it('an unknown or malformed org id is 404 / 400, never 500', async () => {
    const user = await newUser();
    expectProblem(await api('GET', '/orgs/org_doesnotexist', { token: user.token }), 404, 'NOT_FOUND');
    expectProblem(await api('GET', '/orgs/bad%20id', { token: user.token }), 400, 'VALIDATION_FAILED');
  });
});

describe('PATCH /orgs/{orgId}', () => {
  it('trims the name and enforces its limits', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const trimmed = await api('PATCH', orgPath(org.id), { token: user.token, body: { name: '  Globex  ' } });
    expect(trimmed.status).toBe(200);
    expect(trimmed.body.name).toBe('Globex');
    const longest = 'n'.repeat(100);
    expect((await api('PATCH', orgPath(org.id), { token: user.token, body: { name: longest } })).status).toBe(
      200,
    );
    for (const name of ['', '    ', 'n'.repeat(101), 'bad\u0000name', 42, null]) {
      const refused = await api('PATCH', orgPath(org.id), { token: user.token, body: { name } });
      expectProblem(refused, 400, 'VALIDATION_FAILED');
      expect(refused.body.errors[0].path).toBe('body.name');
    }
    expect((await api('GET', orgPath(org.id), { token: user.token })).body.name).toBe(longest);
  });

  it('accepts IANA time zones and refuses others', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    for (const zone of ['Asia/Kolkata', 'UTC', 'America/Argentina/Buenos_Aires']) {
      const response = await api('PATCH', orgPath(org.id), { token: user.token, body: { timeZone: zone } });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.timeZone).toBe(zone);
      expect((await api('GET', orgPath(org.id), { token: user.token })).body.timeZone).toBe(zone);
    }
    for (const zone of ['Mars/Base', '', 'Europe/Berlin ', '+05:30', 'Not a zone', 'Europe/../UTC']) {
      const response = await api('PATCH', orgPath(org.id), { token: user.token, body: { timeZone: zone } });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors[0].path).toBe('body.timeZone');
    }
    expect((await api('GET', orgPath(org.id), { token: user.token })).body.timeZone).toBe(
      'America/Argentina/Buenos_Aires',
    );
  });

  it('branding takes https URLs only; null clears one URL and leaves the others', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const branding = {
      logoUrl: 'https://cdn.example.com/logo.png',
      bannerUrl: 'https://cdn.example.com/banner.png',
      badgeUrl: 'https://cdn.example.com/badge.svg',
    };
    const set = await api('PATCH', orgPath(org.id), { token: user.token, body: { branding } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.branding).toEqual(branding);

    for (const url of [
      'http://cdn.example.com/logo.png',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'ftp://cdn.example.com/logo.png',
      '//cdn.example.com/logo.png',
      'not a url',
      `https://cdn.example.com/${'a'.repeat(2048)}`,
    ]) {
      const refused = await api('PATCH', orgPath(org.id), {
        token: user.token,
        body: { branding: { logoUrl: url } },
      });
      expectProblem(refused, 400, 'VALIDATION_FAILED');
      expect(refused.body.errors[0].path).toBe('body.branding.logoUrl');
    }
    const unknownKey = await api('PATCH', orgPath(org.id), {
      token: user.token,
      body: { branding: { faviconUrl: 'https://cdn.example.com/x.ico' } },
    });
    expectProblem(unknownKey, 400, 'VALIDATION_FAILED');

    const cleared = await api('PATCH', orgPath(org.id), {
      token: user.token,
      body: { branding: { bannerUrl: null } },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.branding).toEqual({ ...branding, bannerUrl: null });
    const stored = await api('GET', orgPath(org.id), { token: user.token });
    expect(stored.body.branding).toEqual({ ...branding, bannerUrl: null });

    const oneChanged = await api('PATCH', orgPath(org.id), {
      token: user.token,
      body: { branding: { badgeUrl: 'https://cdn.example.com/badge2.svg' } },
    });
    expect(oneChanged.body.branding).toEqual({
      ...branding,
      bannerUrl: null,
      badgeUrl: 'https://cdn.example.com/badge2.svg',
    });
  });

  it('refuses an empty body and unknown fields', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    for (const body of [{}, { mode: 'production' }, { ownerId: 'someone' }, { activeMemberCount: 0 }]) {
      expectProblem(
        await api('PATCH', orgPath(org.id), { token: user.token, body }),
        400,
        'VALIDATION_FAILED',
      );
    }
    const after = await api('GET', orgPath(org.id), { token: user.token });
    expect(after.body).toEqual(org.body);
    expect(after.headers.get('etag')).toBe(org.etag);
  });

  it('honours If-Match: the current ETag and * are accepted, a stale one is 412', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const ok = await api('PATCH', orgPath(org.id), {
      token: user.token,
      body: { name: 'V2' },
      headers: { 'if-match': org.etag },
    });
    expect(ok.status).toBe(200);
    const etag2 = ok.headers.get('etag') ?? '';
    expect(etag2).not.toBe(org.etag);

    const stale = await api('PATCH', orgPath(org.id), {
      token: user.token,
      body: { name: 'Lost update' },
      headers: { 'if-match': org.etag },
    });
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    const garbage = await api('PATCH', orgPath(org.id), {
      token: user.token,
      body: { name: 'Lost update' },
      headers: { 'if-match': 'not-an-etag' },
    });
    expectProblem(garbage, 412, 'PRECONDITION_FAILED');
    const current = await api('GET', orgPath(org.id), { token: user.token });
    expect(current.body.name).toBe('V2');
    expect(current.headers.get('etag')).toBe(etag2);

    const star = await api('PATCH', orgPath(org.id), {
      token: user.token,
      body: { name: 'V3' },
      headers: { 'if-match': '*' },
    });
    expect(star.status).toBe(200);
    expect(star.body.name).toBe('V3');
    expect(star.headers.get('etag')).not.toBe(etag2);
  });

  it('10 concurrent PATCHes with the same If-Match: exactly one 200, the others 412, one version bump', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        api('PATCH', orgPath(org.id), {
          token: user.token,
          body: { name: `Writer ${index}` },
          headers: { 'if-match': org.etag },
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(
      statuses.filter((status) => status === 200),
      JSON.stringify(statuses),
    ).toHaveLength(1);
    expect(
      statuses.filter((status) => status === 412),
      JSON.stringify(statuses),
    ).toHaveLength(9);
    const winner = responses.find((response) => response.status === 200);
    const after = await api('GET', orgPath(org.id), { token: user.token });
    expect(after.body.name).toBe(winner?.body.name);
    expect(after.headers.get('etag')).toBe(winner?.headers.get('etag'));
    // one bump: the ETag is the version, so the next version is the old one plus one
    expect(after.headers.get('etag')).toBe(`"${Number(org.etag.replaceAll('"', '')) + 1}"`);
    const { entries } = await walkAudit(user, org.id, { action: 'org.settings_changed', limit: '100' });
    expect(entries).toHaveLength(1);
  });
});

describe('GET /orgs/{orgId}/onboarding', () => {
  it('marks settings done after the first PATCH; status stays sandbox', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const before = await api('GET', `/orgs/${org.id}/onboarding`, { token: user.token });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      status: 'sandbox',
      steps: onboardingSteps(),
    });
    expect(
      (await api('PATCH', orgPath(org.id), { token: user.token, body: { timeZone: 'UTC' } })).status,
    ).toBe(200);
    const after = await api('GET', `/orgs/${org.id}/onboarding`, { token: user.token });
    expect(after.body).toMatchObject({
      status: 'sandbox',
      steps: onboardingSteps('settings'),
    });
    expect((await api('GET', orgPath(org.id), { token: user.token })).body.status).toBe('sandbox');
  });
});

describe('workspaces', () => {
  it('CRUD with case-insensitive unique names; the default cannot be deleted; deleting frees the name', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const base = `/orgs/${org.id}/workspaces`;
    const list = async () => (await api('GET', `${base}?limit=100`, { token: user.token })).body.items;
    const [defaultWs] = await list();

    const staging = await api('POST', base, { token: user.token, body: { name: '  Staging  ' } });
    expect(staging.status, JSON.stringify(staging.body)).toBe(201);
    expect(staging.body).toMatchObject({ name: 'Staging', createdBy: user.userId, isDefault: false });
    expect(staging.headers.get('location')).toBe(`${base}/${staging.body.id}`);
    const got = await api('GET', `${base}/${staging.body.id}`, { token: user.token });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(staging.body);

    for (const name of ['Staging', 'staging', ' STAGING ', 'default']) {
      const duplicate = await api('POST', base, { token: user.token, body: { name } });
      expectProblem(duplicate, 409, 'CONFLICT');
    }
    expectProblem(
      await api('POST', base, { token: user.token, body: { name: '' } }),
      400,
      'VALIDATION_FAILED',
    );

    const prod = await api('POST', base, { token: user.token, body: { name: 'Prod' } });
    expect(prod.status).toBe(201);
    const clash = await api('PATCH', `${base}/${prod.body.id}`, {
      token: user.token,
      body: { name: 'STAGING' },
    });
    expectProblem(clash, 409, 'CONFLICT');
    expect((await api('GET', `${base}/${prod.body.id}`, { token: user.token })).body.name).toBe('Prod');

    const renamed = await api('PATCH', `${base}/${prod.body.id}`, {
      token: user.token,
      body: { name: 'Production' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: prod.body.id, name: 'Production' });
    // a case-only rename keeps the name taken by itself
    const recased = await api('PATCH', `${base}/${prod.body.id}`, {
      token: user.token,
      body: { name: 'PRODUCTION' },
    });
    expect(recased.status).toBe(200);
    expect(recased.body.name).toBe('PRODUCTION');
    expectProblem(
      await api('POST', base, { token: user.token, body: { name: 'production' } }),
      409,
      'CONFLICT',
    );
    // the old name is free again after the rename
    const prodAgain = await api('POST', base, { token: user.token, body: { name: 'prod' } });
    expect(prodAgain.status).toBe(201);

    const noDelete = await api('DELETE', `${base}/${defaultWs.id}`, { token: user.token });
    expectProblem(noDelete, 409, 'CONFLICT');
    expect((await api('GET', `${base}/${defaultWs.id}`, { token: user.token })).status).toBe(200);

    const deleted = await api('DELETE', `${base}/${staging.body.id}`, { token: user.token });
    expect(deleted.status).toBe(204);
    expectProblem(await api('GET', `${base}/${staging.body.id}`, { token: user.token }), 404, 'NOT_FOUND');
    expectProblem(await api('DELETE', `${base}/${staging.body.id}`, { token: user.token }), 404, 'NOT_FOUND');
    expectProblem(
      await api('PATCH', `${base}/${staging.body.id}`, { token: user.token, body: { name: 'Ghost' } }),
      404,
      'NOT_FOUND',
    );
    const reused = await api('POST', base, { token: user.token, body: { name: 'staging' } });
    expect(reused.status).toBe(201);
    expect(reused.body.id).not.toBe(staging.body.id);

    const names = (await list()).map((ws: { name: string }) => ws.name).sort();
    expect(names).toEqual(['Default', 'PRODUCTION', 'prod', 'staging']);
  });

  it('lists with pagination (limit=1) without duplicates', async () => {
    const user = await newUser();
    const org = await createOrgFor(user);
    const base = `/orgs/${org.id}/workspaces`;
    for (const name of ['A', 'B', 'C']) {
      expect((await api('POST', base, { token: user.token, body: { name } })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ApiResponse = await api(
        'GET',
        `${base}?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        {
          token: user.token,
        },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.body.items.map((ws: { id: string }) => ws.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null && seen.length < 20);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    for (const limit of ['0', '101', 'abc']) {
      expectProblem(
        await api('GET', `${base}?limit=${limit}`, { token: user.token }),
        400,
        'VALIDATION_FAILED',
      );
    }
  });
});

describe('GET /orgs/{orgId}/audit-log', () => {
  it('lists every change newest first, with the actor, filters by action and paginates', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const admin = await newUser();
    await seedMember(org.id, admin, 'admin');
    const base = `/orgs/${org.id}/workspaces`;

    expect(
      (await api('PATCH', orgPath(org.id), { token: owner.token, body: { name: 'Audited' } })).status,
    ).toBe(200);
    const one = await api('POST', base, { token: owner.token, body: { name: 'One' } });
    const two = await api('POST', base, { token: admin.token, body: { name: 'Two' } });
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(
      (await api('PATCH', `${base}/${one.body.id}`, { token: owner.token, body: { name: 'Uno' } })).status,
    ).toBe(200);
    expect((await api('DELETE', `${base}/${two.body.id}`, { token: admin.token })).status).toBe(204);

    const all = await api('GET', `/orgs/${org.id}/audit-log?limit=100`, { token: owner.token });
    expect(all.status).toBe(200);
    expect(all.body.nextCursor).toBeNull();
    const entries: AuditEntry[] = all.body.items;
    expect(entries.map((entry) => entry.action)).toEqual([
      'workspace.deleted',
      'workspace.renamed',
      'workspace.created',
      'workspace.created',
      'org.settings_changed',
      'org.created',
    ]);
    expect(entries.map((entry) => entry.actorId)).toEqual([
      admin.userId,
      owner.userId,
      admin.userId,
      owner.userId,
      owner.userId,
      owner.userId,
    ]);
    for (const entry of entries) {
      expect(entry).toEqual({
        id: expect.any(String),
        at: expect.stringMatching(ISO),
        actorId: expect.any(String),
        action: expect.any(String),
        target: { type: expect.any(String), id: expect.any(String) },
        details: expect.any(Object),
      });
    }
    // newest first
    for (let i = 1; i < entries.length; i++) {
      expect((entries[i - 1]?.at ?? '') >= (entries[i]?.at ?? '')).toBe(true);
    }
    expect(entries[0]?.target).toEqual({ type: 'workspace', id: two.body.id });
    expect(entries.at(-1)?.target).toEqual({ type: 'org', id: org.id });
    expect(entries[1]?.details).toMatchObject({ from: 'One', to: 'Uno' });

    // filter: every page holds only that action, and all of them are found
    const created = await walkAudit(owner, org.id, { action: 'workspace.created', limit: '1' });
    expect(created.entries.map((entry) => entry.target.id)).toEqual([two.body.id, one.body.id]);
    expect(created.entries.every((entry) => entry.action === 'workspace.created')).toBe(true);
    expectProblem(
      await api('GET', `/orgs/${org.id}/audit-log?action=DROP TABLE`, { token: owner.token }),
      400,
      'VALIDATION_FAILED',
    );

    // limit=1 walks all entries in the same order, without duplicates
    const walked = await walkAudit(owner, org.id, { limit: '1' });
    expect(walked.entries.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
    expect(new Set(walked.entries.map((entry) => entry.id)).size).toBe(entries.length);

    // admins read it too
    expect((await api('GET', `/orgs/${org.id}/audit-log`, { token: admin.token })).status).toBe(200);
  });

  it('refuses forged and foreign cursors with 400, never 500', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const otherOwner = await newUser();
    const other = await createOrgFor(otherOwner);
    // the owner of `org` may read `other`'s audit log too, so only the cursor's origin differs
    await seedMember(other.id, owner, 'admin');
    for (const name of ['W1', 'W2']) {
      expect(
        (await api('POST', `/orgs/${org.id}/workspaces`, { token: owner.token, body: { name } })).status,
      ).toBe(201);
    }
    expect(
      (await api('POST', `/orgs/${other.id}/workspaces`, { token: otherOwner.token, body: { name: 'X' } }))
        .status,
    ).toBe(201);

    const auditUrl = (orgId: string, cursor?: string, extra = '') =>
      `/orgs/${orgId}/audit-log?limit=1${extra}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const page = await api('GET', auditUrl(org.id), { token: owner.token });
    const cursor: string = page.body.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    // the genuine cursor works
    expect((await api('GET', auditUrl(org.id, cursor), { token: owner.token })).status).toBe(200);

    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const foreign = (await api('GET', auditUrl(other.id), { token: owner.token })).body.nextCursor;
    const workspacesCursor = (await api('GET', `/orgs/${org.id}/workspaces?limit=1`, { token: owner.token }))
      .body.nextCursor;
    const filteredCursor = (
      await api('GET', auditUrl(org.id, undefined, '&action=workspace.created'), {
        token: owner.token,
      })
    ).body.nextCursor;
    expect(foreign).toEqual(expect.any(String));
    expect(workspacesCursor).toEqual(expect.any(String));
    expect(filteredCursor).toEqual(expect.any(String));

    const forged = {
      // AES-GCM: any changed bit of nonce, ciphertext or tag fails authentication
      'flipped nonce': flip(cursor, 0),
      'flipped ciphertext': flip(cursor, Math.floor(cursor.length / 2)),
      'flipped tag': flip(cursor, cursor.length - 2),
      truncated: cursor.slice(0, -1),
      'no tag': cursor.slice(0, -22),
      'extra part': `${cursor}.x`,
      'another org': foreign,
      'the workspaces list': workspacesCursor,
      'a filtered audit list': filteredCursor,
      garbage: 'not-a-cursor',
      'unsigned JSON': `${Buffer.from(JSON.stringify({ s: `audit:${org.id}:`, k: {} })).toString('base64url')}.`,
      'non-ASCII': 'é.ü',
    };
    for (const [what, bad] of Object.entries(forged)) {
      const response = await api('GET', auditUrl(org.id, bad), { token: owner.token });
      expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBe(400);
      expectProblem(response, 400, 'VALIDATION_FAILED');
    }
    // the workspace cursor is refused by the audit log, and an audit cursor by the workspace list
    expectProblem(
      await api('GET', `/orgs/${org.id}/workspaces?limit=1&cursor=${encodeURIComponent(cursor)}`, {
        token: owner.token,
      }),
      400,
      'VALIDATION_FAILED',
    );
    // nor by /me/organizations
    expectProblem(
      await api('GET', `/me/organizations?cursor=${encodeURIComponent(cursor)}`, { token: owner.token }),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('GET /me/organizations and PATCH /me { defaultOrgId }', () => {
  it('lists active and blocked memberships with role and status; defaultOrgId only for active ones', async () => {
    const user = await newUser();
    const own = await createOrgFor(user);
    const [ownerB, ownerC, ownerD] = [await newUser(), await newUser(), await newUser()];
    const [b, c, d] = [await createOrgFor(ownerB), await createOrgFor(ownerC), await createOrgFor(ownerD)];
    await seedMember(b.id, user, 'developer');
    await seedMember(c.id, user, 'finance', 'blocked');

    const mine = await api('GET', '/me/organizations', { token: user.token });
    expect(mine.status).toBe(200);
    expect(mine.body.nextCursor).toBeNull();
    const byOrg = new Map(mine.body.items.map((item: { orgId: string }) => [item.orgId, item]));
    expect(byOrg.size).toBe(3);
    expect(byOrg.get(own.id)).toMatchObject({ name: own.body.name, role: 'owner', status: 'active' });
    expect(byOrg.get(b.id)).toMatchObject({ name: b.body.name, role: 'developer', status: 'active' });
    expect(byOrg.get(c.id)).toMatchObject({ name: c.body.name, role: 'finance', status: 'blocked' });
    expect(byOrg.has(d.id)).toBe(false);
    for (const item of mine.body.items) expect(item.joinedAt).toMatch(ISO);

    // paginates too
    const first = await api('GET', '/me/organizations?limit=2', { token: user.token });
    expect(first.body.items).toHaveLength(2);
    const rest = await api(
      'GET',
      `/me/organizations?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      {
        token: user.token,
      },
    );
    expect(rest.status).toBe(200);
    const paged = [...first.body.items, ...rest.body.items].map((item: { orgId: string }) => item.orgId);
    expect(new Set(paged)).toEqual(new Set(byOrg.keys()));

    expect((await api('GET', '/me', { token: user.token })).body.defaultOrgId).toBe(own.id);
    const toActive = await api('PATCH', '/me', { token: user.token, body: { defaultOrgId: b.id } });
    expect(toActive.status, JSON.stringify(toActive.body)).toBe(200);
    expect(toActive.body.defaultOrgId).toBe(b.id);

    for (const [what, orgId] of [
      ['blocked', c.id],
      ['foreign', d.id],
      ['nonexistent', 'org_nonexistent'],
    ] as const) {
      const refused = await api('PATCH', '/me', { token: user.token, body: { defaultOrgId: orgId } });
      expect(refused.status, what).toBe(400);
      expectProblem(refused, 400, 'VALIDATION_FAILED');
      expect(refused.body.errors[0].path).toBe('body.defaultOrgId');
    }
    expect((await api('GET', '/me', { token: user.token })).body.defaultOrgId).toBe(b.id);

    // once blocked in b, b cannot be chosen again
    await setMemberStatus(b.id, user.userId, 'blocked');
    expectProblem(
      await api('PATCH', '/me', { token: user.token, body: { defaultOrgId: b.id } }),
      400,
      'VALIDATION_FAILED',
    );
    const afterBlock = await api('GET', '/me/organizations', { token: user.token });
    expect(afterBlock.body.items.find((item: { orgId: string }) => item.orgId === b.id)).toMatchObject({
      status: 'blocked',
      role: 'developer',
    });
  });
});
