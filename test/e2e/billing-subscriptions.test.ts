// The plan is charged: activation → first invoice → renewal → failure → restriction → recovery; plan
// change with proration (a refused one leaves Stripe untouched); deletion and restore. Time passes for
// Stripe through the emulator's clock; every control call answers once its webhooks were answered.
import { describe, expect, inject, it } from 'vitest';
import { activateOrg } from '../support/api-keys.ts';
import { auditEntries } from '../support/billing.ts';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import { createOrgFor, expectProblem, scheduleDeletion, seedMember } from '../support/orgs.ts';
import { stripeSdk } from '../support/stripe.ts';
import { holdStripeClock } from '../support/stripe-clock.ts';

const DAY = 86_400;
holdStripeClock();

const emulator = async (path: string, body: unknown) => {
  const response = await fetch(`${inject('stack').stripeUrl}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json() as Promise<Record<string, unknown>>;
};
const advance = (seconds: number) => emulator('clock/advance', { seconds });

/** A card confirmed through the console's flow (setup intent, then Stripe.js's confirmation). */
/** An owner and their new org (sandbox). */
async function newOrg() {
  const owner = await newUser();
  const created = await createOrgFor(owner);
  return { owner, orgId: created.id as string };
}

async function confirmCard(owner: TestUser, orgId: string, card: string) {
  const intent = await api('POST', `/orgs/${orgId}/billing/setup-intent`, { token: owner.token });
  expect(intent.status).toBe(201);
  await emulator(`setup_intents/${intent.body.setupIntentId}/confirm`, {
    card,
    client_secret: intent.body.clientSecret,
  });
}

const ok = <T = Record<string, unknown>>(response: ApiResponse<T>) => {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
};
const org = (owner: TestUser, orgId: string) => api('GET', `/orgs/${orgId}`, { token: owner.token });
const subscription = (owner: TestUser, orgId: string) =>
  api('GET', `/orgs/${orgId}/subscription`, { token: owner.token });
const invoices = async (owner: TestUser, orgId: string) =>
  ok(await api('GET', `/orgs/${orgId}/invoices`, { token: owner.token })).items as Record<string, unknown>[];
const invite = (owner: TestUser, orgId: string) =>
  api('POST', `/orgs/${orgId}/invitations`, {
    token: owner.token,
    body: { email: `someone-${crypto.randomUUID()}@example.com`, role: 'member' },
  });
const createKey = (owner: TestUser, orgId: string, mode: 'sandbox' | 'production') =>
  api('POST', `/orgs/${orgId}/api-keys`, { token: owner.token, body: { name: `k-${mode}`, mode } });

describe('the plan is charged (Stripe Billing)', () => {
  it('activation → invoice → renewal → failure → restriction → recovery', async () => {
    const { owner, orgId } = await newOrg();
    expect(ok(await org(owner, orgId)).billingStatus).toBe('none');
    expectProblem(await subscription(owner, orgId), 404, 'NOT_FOUND');
    await activateOrg(owner, orgId);

    const first = ok(await subscription(owner, orgId));
    expect(first).toMatchObject({ planId: 'pro', status: 'active', cancelAtPeriodEnd: false });
    const [paid] = await invoices(owner, orgId);
    expect(paid).toMatchObject({ status: 'paid', amountDue: 4900, amountPaid: 4900, currency: 'eur' });
    expect(paid?.hostedInvoiceUrl).toEqual(expect.stringContaining('/__emulator/hosted_invoices/'));
    expect(ok(await org(owner, orgId)).billingStatus).toBe('ok');

    // a month passes: the renewal is invoiced and paid
    await advance(30 * DAY + 60);
    const renewed = await invoices(owner, orgId);
    expect(renewed.map((invoice) => invoice.status)).toEqual(['paid', 'paid']);
    expect(renewed[0]?.periodStart).toBe(first.currentPeriodEnd);
    expect(ok(await subscription(owner, orgId)).currentPeriodStart).toBe(first.currentPeriodEnd);

    // the card on file now fails every charge: the next renewal fails
    await confirmCard(owner, orgId, '4000000000000341');
    await advance(30 * DAY + 60);
    expect(ok(await org(owner, orgId)).billingStatus).toBe('past_due');
    expect(ok(await subscription(owner, orgId)).status).toBe('past_due');
    expect((await invoices(owner, orgId))[0]).toMatchObject({ status: 'open', amountPaid: 0 });
    expect(ok(await org(owner, orgId)).paymentFailed).toBe(true);
    // past due is not yet restricted
    expect((await invite(owner, orgId)).status).not.toBe(402);

    // three retries a day apart fail: Stripe marks the subscription unpaid → restricted
    await advance(3 * DAY + 60);
    expect(ok(await subscription(owner, orgId)).status).toBe('unpaid');
    expect(ok(await org(owner, orgId)).billingStatus).toBe('restricted');
    expectProblem(await invite(owner, orgId), 402, 'PAYMENT_REQUIRED');
    expectProblem(await createKey(owner, orgId, 'production'), 402, 'PAYMENT_REQUIRED');
    expect((await createKey(owner, orgId, 'sandbox')).status).toBe(201);

    // a good card pays the open invoice at once: ok again
    await confirmCard(owner, orgId, '4242424242424242');
    expect(ok(await org(owner, orgId)).billingStatus).toBe('ok');
    expect(ok(await subscription(owner, orgId)).status).toBe('active');
    expect((await invoices(owner, orgId)).map((invoice) => invoice.status)).toEqual(['paid', 'paid', 'paid']);
    expect((await createKey(owner, orgId, 'production')).status).toBe(201);
    const statuses = (await auditEntries(owner, orgId, 'billing.subscription_updated')).map(
      (entry: { details: { status: string } }) => entry.details.status,
    );
    expect(statuses).toEqual(expect.arrayContaining(['active', 'past_due', 'unpaid']));
  });

  it('a plan change moves the subscription with proration; a refused one leaves Stripe untouched', async () => {
    const { owner, orgId } = await newOrg();
    await activateOrg(owner, orgId);
    const before = ok(await subscription(owner, orgId));
    ok(await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'enterprise' } }));
    expect(ok(await subscription(owner, orgId)).planId).toBe('enterprise');
    const stripe = stripeSdk();
    const atStripe = await stripe.subscriptions.retrieve(String(before.id));
    expect(atStripe.items.data[0]?.price.id).toBe('price_local_enterprise');
    // the upgrade is invoiced at once: (19900 - 4900) for the whole period, within rounding
    const upgrade = await stripe.invoices.retrieve(String(atStripe.latest_invoice));
    expect(upgrade.billing_reason).toBe('subscription_update');
    expect(upgrade.amount_due).toBeGreaterThan(14_000);
    expect(upgrade.status).toBe('paid');

    // 11 active members do not fit Basic (10): 409, and Stripe still has the enterprise price
    for (let i = 0; i < 10; i++) await seedMember(orgId, await newUser(), 'member');
    expectProblem(
      await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId: 'basic' } }),
      409,
      'MEMBER_LIMIT_REACHED',
    );
    const still = await stripe.subscriptions.retrieve(String(before.id));
    expect(still.items.data[0]?.price.id).toBe('price_local_enterprise');
    expect(still.latest_invoice).toBe(atStripe.latest_invoice);
  });

  it('deletion sets cancel at period end, restore undoes it', async () => {
    const { owner, orgId } = await newOrg();
    await activateOrg(owner, orgId);
    const id = String(ok(await subscription(owner, orgId)).id);
    await scheduleDeletion(owner, orgId);
    const stripe = stripeSdk();
    expect((await stripe.subscriptions.retrieve(id)).cancel_at_period_end).toBe(true);
    const restored = await api('POST', `/orgs/${orgId}/restore`, { token: owner.token });
    expect(restored.status).toBe(200);
    expect((await stripe.subscriptions.retrieve(id)).cancel_at_period_end).toBe(false);
    expect(ok(await subscription(owner, orgId)).cancelAtPeriodEnd).toBe(false);
  });
});
