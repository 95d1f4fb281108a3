import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import { inviteAndAccept, newOrg, walk } from '../support/members.ts';
import { expectProblem } from '../support/orgs.ts';
import { stripeSdk } from '../support/stripe.ts';

/**
 * Billing, plan and payment method belong to the owner and finance (contract's roles
 * table). Admin, developer and member are active members without the permission: 403.
 * Anyone who is not an active member (outsider, blocked finance) learns nothing: 404.
 * Members join through the real invitation API.
 */

const stripe = () => stripeSdk('sk_test_billing_permissions');

const billingBody = (customerName: string) => ({
  customerName,
  billingEmail: 'finance@perm.example',
  address: { line1: 'Kungsgatan 1', city: 'Stockholm', postalCode: '111 43', country: 'SE' },
});

type Call = (orgId: string, user: TestUser) => Promise<ApiResponse>;

const calls: Record<string, Call> = {
  'GET billing': (orgId, user) => api('GET', `/orgs/${orgId}/billing`, { token: user.token }),
  'PUT billing': (orgId, user) =>
    api('PUT', `/orgs/${orgId}/billing`, {
      token: user.token,
      body: billingBody(`Changed by ${user.userId}`),
    }),
  'PUT plan': (orgId, user) =>
    api('PUT', `/orgs/${orgId}/plan`, { token: user.token, body: { planId: 'enterprise' } }),
  'POST setup-intent': (orgId, user) =>
    api('POST', `/orgs/${orgId}/billing/setup-intent`, { token: user.token }),
};
const callNames = Object.keys(calls);

function expectOk(response: ApiResponse, status = 200) {
  expect(response.status, `${response.status} ${JSON.stringify(response.body)}`).toBe(status);
}

describe('billing permissions', () => {
  let orgId: string;
  let owner: TestUser;
  const members: Record<string, TestUser> = {};
  let blockedFinance: TestUser;
  let outsider: TestUser;
  let customerId: string;

  /** Everything a refused call must leave untouched: our records, the audit trail and Stripe's customer. */
  async function snapshot() {
    const billing = await api('GET', `/orgs/${orgId}/billing`, { token: owner.token });
    expectOk(billing);
    const org = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expectOk(org);
    const audit = await walk(owner, `/orgs/${orgId}/audit-log`, { limit: '100' });
    const customer = await stripe().customers.retrieve(customerId);
    return { billing: billing.body, org: org.body, auditIds: audit.items.map((entry) => entry.id), customer };
  }

  beforeAll(async () => {
    ({ owner, orgId } = await newOrg());
    const roles = ['admin', 'developer', 'member', 'finance'] as const;
    const joined = await Promise.all(
      [...roles, 'finance' as const].map((role) => inviteAndAccept(owner, orgId, role)),
    );
    roles.forEach((role, index) => {
      members[role] = joined[index] as TestUser;
    });
    blockedFinance = joined[roles.length] as TestUser;
    const blocked = await api('POST', `/orgs/${orgId}/members/${blockedFinance.userId}/block`, {
      token: owner.token,
    });
    expectOk(blocked);
    outsider = await newUser({ name: 'Outsider' });
    const saved = await api('PUT', `/orgs/${orgId}/billing`, {
      token: owner.token,
      body: billingBody('Perm AB'),
    });
    expectOk(saved);
    customerId = saved.body.customerId;
  }, 60_000);

  for (const role of ['admin', 'developer', 'member'] as const) {
    it(`${role}: 403 FORBIDDEN on every billing route, and nothing changes (here or at Stripe)`, async () => {
      const before = await snapshot();
      for (const name of callNames) {
        const response = await calls[name]?.(orgId, members[role] as TestUser);
        expect(response, name).toBeDefined();
        expectProblem(response as ApiResponse, 403, 'FORBIDDEN');
        // the refusal does not leak billing data
        expect(JSON.stringify(response?.body), name).not.toContain(customerId);
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  for (const who of ['outsider', 'blocked finance'] as const) {
    it(`${who}: 404 NOT_FOUND on every billing route, and nothing changes`, async () => {
      const user = who === 'outsider' ? outsider : blockedFinance;
      const before = await snapshot();
      for (const name of callNames) {
        const response = (await calls[name]?.(orgId, user)) as ApiResponse;
        expectProblem(response, 404, 'NOT_FOUND');
        expect(JSON.stringify(response.body), name).not.toContain(customerId);
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it('without a token: 401 on every billing route', async () => {
    for (const [method, path] of [
      ['GET', 'billing'],
      ['PUT', 'billing'],
      ['PUT', 'plan'],
      ['POST', 'billing/setup-intent'],
    ] as const) {
      const response = await api(method, `/orgs/${orgId}/${path}`, {
        body: method === 'PUT' ? (path === 'plan' ? { planId: 'pro' } : billingBody('x')) : undefined,
      });
      expectProblem(response, 401, 'UNAUTHENTICATED');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  for (const role of ['finance', 'owner'] as const) {
    it(`${role}: reads and manages billing, plan and the payment method`, async () => {
      const user = role === 'owner' ? owner : (members.finance as TestUser);
      const read = await calls['GET billing']?.(orgId, user);
      expectOk(read as ApiResponse);
      expect(read?.body).toMatchObject({ customerId, address: { country: 'SE' } });

      const put = await calls['PUT billing']?.(orgId, user);
      expectOk(put as ApiResponse);
      expect(put?.body).toMatchObject({ customerId, customerName: `Changed by ${user.userId}` });
      expect(await stripe().customers.retrieve(customerId)).toMatchObject({
        name: `Changed by ${user.userId}`,
      });

      const plan = await api('PUT', `/orgs/${orgId}/plan`, {
        token: user.token,
        body: { planId: role === 'owner' ? 'pro' : 'enterprise' },
      });
      expectOk(plan);
      expect(plan.body.planId).toBe(role === 'owner' ? 'pro' : 'enterprise');

      const intent = await calls['POST setup-intent']?.(orgId, user);
      expectOk(intent as ApiResponse, 201);
      expect(intent?.body).toEqual({
        setupIntentId: expect.stringMatching(/^seti_/),
        clientSecret: expect.any(String),
      });
      const stripeIntent = await stripe().setupIntents.retrieve(intent?.body.setupIntentId);
      expect(stripeIntent).toMatchObject({ customer: customerId, metadata: { orgId } });

      // the audit trail names who did it
      const audit = await walk(owner, `/orgs/${orgId}/audit-log`, {
        limit: '100',
        action: 'billing.plan_changed',
      });
      expect(audit.items[0]).toMatchObject({ actorId: user.userId });
    });
  }
});
