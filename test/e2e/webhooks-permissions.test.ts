import { beforeAll, describe, expect, it } from 'vitest';
import { api, newUser, type TestUser } from '../support/http.ts';
import { newOrg } from '../support/members.ts';
import { seedMember } from '../support/orgs.ts';
import { type Endpoint, registerEndpoint } from '../support/webhooks.ts';

type Who = 'owner' | 'admin' | 'developer' | 'finance' | 'member' | 'nonMember' | 'blocked';
const allowed: Who[] = ['owner', 'admin', 'developer'];
const everyone: Who[] = ['owner', 'admin', 'developer', 'finance', 'member', 'nonMember', 'blocked'];
const expected = (who: Who) =>
  allowed.includes(who) ? 'allowed' : who === 'nonMember' || who === 'blocked' ? 404 : 403;

let orgId: string;
const users = {} as Record<Who, TestUser>;
let shared: Endpoint;

beforeAll(async () => {
  const org = await newOrg();
  orgId = org.orgId;
  users.owner = org.owner;
  for (const role of ['admin', 'developer', 'finance', 'member'] as const) {
    users[role] = await newUser();
    await seedMember(orgId, users[role], role);
  }
  users.blocked = await newUser();
  await seedMember(orgId, users.blocked, 'developer', 'blocked');
  users.nonMember = await newUser();
  shared = await registerEndpoint(users.owner, orgId, 'http://127.0.0.1:9/unused', ['member.removed']);
}, 120_000);

describe('webhook endpoints: permission matrix (developer features: owner, admin, developer)', () => {
  const base = () => `/orgs/${orgId}/webhook-endpoints`;
  const cases: {
    name: string;
    call: (user: TestUser) => Promise<{ status: number; body: unknown }>;
    ok: number;
  }[] = [
    { name: 'list', call: (user) => api('GET', base(), { token: user.token }), ok: 200 },
    {
      name: 'register',
      call: (user) =>
        api('POST', base(), { token: user.token, body: { url: 'http://127.0.0.1:9/x', events: ['*'] } }),
      ok: 201,
    },
    { name: 'get', call: (user) => api('GET', `${base()}/${shared.id}`, { token: user.token }), ok: 200 },
    {
      name: 'update',
      call: (user) =>
        api('PATCH', `${base()}/${shared.id}`, { token: user.token, body: { description: 'x' } }),
      ok: 200,
    },
    {
      name: 'rotate',
      call: (user) => api('POST', `${base()}/${shared.id}/rotate-secret`, { token: user.token }),
      ok: 200,
    },
    {
      name: 'test',
      call: (user) => api('POST', `${base()}/${shared.id}/test`, { token: user.token }),
      ok: 200,
    },
    {
      name: 'deliveries',
      call: (user) => api('GET', `${base()}/${shared.id}/deliveries`, { token: user.token }),
      ok: 200,
    },
    {
      name: 'retry (unknown delivery: 404 after the permission check)',
      call: (user) => api('POST', `${base()}/${shared.id}/deliveries/dlv_none/retry`, { token: user.token }),
      ok: 404,
    },
    {
      name: 'delete (each allowed caller deletes one of their own)',
      call: async (user) => {
        const own = await api('POST', base(), {
          token: users.owner.token,
          body: { url: 'http://127.0.0.1:9/del', events: ['*'] },
        });
        return api('DELETE', `${base()}/${own.body.id}`, { token: user.token });
      },
      ok: 204,
    },
  ];

  for (const { name, call, ok } of cases) {
    it(`${name}: ${ok} for owner/admin/developer, 403 finance/member, 404 non-member/blocked`, async () => {
      for (const who of everyone) {
        const response = await call(users[who]);
        const want = expected(who) === 'allowed' ? ok : expected(who);
        expect(response.status, `${who}: ${JSON.stringify(response.body)}`).toBe(want);
        if (typeof want === 'number' && want >= 400 && want !== ok) {
          expect((response.body as { code: string }).code).toBe(want === 404 ? 'NOT_FOUND' : 'FORBIDDEN');
        }
      }
    });
  }

  it('without a token: 401', async () => {
    const response = await api('GET', `/orgs/${orgId}/webhook-endpoints`);
    expect(response.status).toBe(401);
  });
});
