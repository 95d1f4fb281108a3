import type Stripe from 'stripe';
import { describe, expect, inject, it } from 'vitest';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { auditEntries, getBilling, onboarding } from '../support/billing.ts';
import { type ApiResponse, api, type TestUser } from '../support/http.ts';
import { getOk, newOrg } from '../support/members.ts';
import { onboardingSteps } from '../support/onboarding.ts';
import { expectProblem } from '../support/orgs.ts';
import { expectFirstAttemptAcceptedOrRetried, stripeAddress, stripeSdk } from '../support/stripe.ts';
import { setAttributes } from '../support/table.ts';
import { until } from '../support/wait.ts';

/**
 * The billing onboarding as a client lives it, over HTTP against the local stack:
 * plan → settings → billing details (Stripe customer) → SetupIntent → the card is
 * confirmed "in the browser" (the Stripe emulator's confirm endpoint) → the emulator's
 * signed `setup_intent.succeeded` webhook → the org is in production.
 */

const GOOD_CARD = '4242424242424242';
const DECLINED_CARD = '4000000000000002';

const stripeUrl = () => inject('stack').stripeUrl;

function expectOk(response: ApiResponse, status = 200) {
  expect(response.status, `${response.status} ${JSON.stringify(response.body)}`).toBe(status);
}

const details = (overrides: Record<string, unknown> = {}) => ({
  customerName: 'Acme GmbH',
  billingEmail: 'billing@acme.example',
  address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
  ...overrides,
});

const choosePlan = (owner: TestUser, orgId: string, planId: string) =>
  api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId } });

const confirmSettings = (owner: TestUser, orgId: string) =>
  api('PATCH', `/orgs/${orgId}`, { token: owner.token, body: { timeZone: 'Europe/Vienna' } });

const putBilling = (owner: TestUser, orgId: string, body: unknown = details()) =>
  api('PUT', `/orgs/${orgId}/billing`, { token: owner.token, body });

const getOrg = (owner: TestUser, orgId: string) => getOk(owner, `/orgs/${orgId}`);

const stepsDone = (body: { steps: { id: string; done: boolean }[] }) =>
  Object.fromEntries(body.steps.map((step) => [step.id, step.done]));

async function createSetupIntent(owner: TestUser, orgId: string) {
  const response = await api('POST', `/orgs/${orgId}/billing/setup-intent`, { token: owner.token });
  expectOk(response, 201);
  expect(response.body).toEqual({
    setupIntentId: expect.stringMatching(/^seti_/),
    clientSecret: expect.stringMatching(/^seti_.+_secret_/),
  });
  return response.body as { setupIntentId: string; clientSecret: string };
}

/** What Stripe.js `confirmCardSetup` does in the browser; the emulator then sends the webhook. */
async function confirmCard(intent: { setupIntentId: string; clientSecret: string }, card: string) {
  const response = await fetch(`${stripeUrl()}/__emulator/setup_intents/${intent.setupIntentId}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ card, client_secret: intent.clientSecret }),
  });
  const body = (await response.json()) as {
    setup_intent: Stripe.SetupIntent;
    webhook: { event_id: string; deliveries: { attempt: number; status: number }[] };
  };
  expect(response.status, JSON.stringify(body)).toBe(200);
  // the emulator answers after the first webhook attempt: accepted, or retried (callers wait for the outcome)
  expectFirstAttemptAcceptedOrRetried(body.webhook);
  return body;
}

const waitForProduction = (owner: TestUser, orgId: string) =>
  until(
    () => getOrg(owner, orgId),
    (org) => org.mode === 'production',
    `org ${orgId} in production`,
  );

describe('billing onboarding journey', () => {
  it('plan → settings → billing → setup intent → card 4242 activates the org once', async () => {
    const { owner, orgId } = await newOrg();

    const initial = await onboarding(owner, orgId);
    expect(initial.status).toBe('sandbox');
    expect(stepsDone(initial)).toEqual({ plan: false, settings: false, billing: false, payment: false });
    expect(await getBilling(owner, orgId)).toEqual({
      customerName: null,
      billingEmail: null,
      address: null,
      customerId: null,
      paymentMethod: null,
    });

    const plan = await choosePlan(owner, orgId, 'pro');
    expectOk(plan);
    expect(plan.body).toMatchObject({ id: orgId, planId: 'pro', memberLimit: 50, mode: 'sandbox' });
    expect(stepsDone(await onboarding(owner, orgId))).toMatchObject({ plan: true, settings: false });

    expectOk(await confirmSettings(owner, orgId));
    expect(stepsDone(await onboarding(owner, orgId))).toMatchObject({
      plan: true,
      settings: true,
      billing: false,
    });

    const billing = await putBilling(owner, orgId);
    expectOk(billing);
    expect(billing.body).toMatchObject({ ...details(), customerId: expect.stringMatching(/^cus_/) });
    const afterBilling = await onboarding(owner, orgId);
    expect(afterBilling.status).toBe('pending_payment');
    expect(stepsDone(afterBilling)).toEqual({ plan: true, settings: true, billing: true, payment: false });
    expect((await getOrg(owner, orgId)).mode).toBe('sandbox');

    const intent = await createSetupIntent(owner, orgId);
    await confirmCard(intent, GOOD_CARD);

    const org = await waitForProduction(owner, orgId);
    expect(org).toMatchObject({ status: 'active', planId: 'pro', memberLimit: 50, paymentFailed: false });
    const done = await onboarding(owner, orgId);
    expect(done).toEqual({
      status: 'active',
      steps: onboardingSteps('plan', 'settings', 'billing', 'payment'),
      paymentFailure: null,
    });
    expect(await getBilling(owner, orgId)).toMatchObject({
      customerId: billing.body.customerId,
      paymentMethod: { id: expect.stringMatching(/^pm_/), brand: 'visa', last4: '4242' },
    });
    expect(await auditEntries(owner, orgId, 'org.activated')).toHaveLength(1);
    expect(await auditEntries(owner, orgId, 'billing.payment_method_added')).toHaveLength(1);

    // every later step write tries to activate again; the condition keeps it to one activation
    expectOk(await choosePlan(owner, orgId, 'enterprise'));
    expectOk(await putBilling(owner, orgId));
    expectOk(await confirmSettings(owner, orgId));
    expect((await getOrg(owner, orgId)).mode).toBe('production');
    expect(await auditEntries(owner, orgId, 'org.activated')).toHaveLength(1);
  });

  it('activates at the plan step when billing and the card come first', async () => {
    const { owner, orgId } = await newOrg();
    expectOk(await confirmSettings(owner, orgId));
    expectOk(await putBilling(owner, orgId));
    await confirmCard(await createSetupIntent(owner, orgId), GOOD_CARD);

    // the card is on file, but no plan was chosen: still sandbox
    const beforePlan = await until(
      () => onboarding(owner, orgId),
      (body) => stepsDone(body).payment === true,
      'payment step done',
    );
    expect(beforePlan.status).toBe('sandbox');
    expect(stepsDone(beforePlan)).toEqual({ plan: false, settings: true, billing: true, payment: true });
    expect((await getOrg(owner, orgId)).mode).toBe('sandbox');
    expect(await auditEntries(owner, orgId, 'org.activated')).toHaveLength(0);

    const plan = await choosePlan(owner, orgId, 'basic');
    expectOk(plan);
    // the plan response already reflects the activation it caused
    expect(plan.body).toMatchObject({
      planId: 'basic',
      memberLimit: 10,
      mode: 'production',
      status: 'active',
    });
    expect((await onboarding(owner, orgId)).status).toBe('active');
    expect(await auditEntries(owner, orgId, 'org.activated')).toEqual([
      expect.objectContaining({ action: 'org.activated', actorId: owner.userId }),
    ]);
  });

  it('activates at the settings step when settings come last', async () => {
    const { owner, orgId } = await newOrg();
    expectOk(await putBilling(owner, orgId));
    await confirmCard(await createSetupIntent(owner, orgId), GOOD_CARD);
    expectOk(await choosePlan(owner, orgId, 'pro'));
    await until(
      () => onboarding(owner, orgId),
      (body) => stepsDone(body).payment === true,
      'payment step done',
    );
    expect((await getOrg(owner, orgId)).mode).toBe('sandbox');

    const settings = await confirmSettings(owner, orgId);
    expectOk(settings);
    expect((await getOrg(owner, orgId)).mode).toBe('production');
    expect((await onboarding(owner, orgId)).status).toBe('active');
    expect(await auditEntries(owner, orgId, 'org.activated')).toHaveLength(1);
  });

  it('a declined card leaves the org pending with the reason shown; a good card then activates and clears it', async () => {
    const { owner, orgId } = await newOrg();
    expectOk(await choosePlan(owner, orgId, 'pro'));
    expectOk(await confirmSettings(owner, orgId));
    expectOk(await putBilling(owner, orgId));
    const intent = await createSetupIntent(owner, orgId);

    const declined = await confirmCard(intent, DECLINED_CARD);
    expect(declined.setup_intent.status).toBe('requires_payment_method');
    const failed = await until(
      () => onboarding(owner, orgId),
      (body) => body.paymentFailure !== null,
      'payment failure shown',
    );
    expect(failed.status).toBe('pending_payment');
    expect(stepsDone(failed)).toEqual({ plan: true, settings: true, billing: true, payment: false });
    expect(failed.paymentFailure).toEqual({
      reason: expect.stringMatching(/declined/i),
      at: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(failed.paymentFailure?.at ?? ''))).toBe(false);
    expect((await getOrg(owner, orgId)).mode).toBe('sandbox');
    expect((await getBilling(owner, orgId)).paymentMethod).toBeNull();
    expect(await auditEntries(owner, orgId, 'billing.payment_method_failed')).toHaveLength(1);

    // Stripe.js retries on the same SetupIntent (it went back to requires_payment_method)
    await confirmCard(intent, GOOD_CARD);
    await waitForProduction(owner, orgId);
    const active = await onboarding(owner, orgId);
    expect(active.status).toBe('active');
    expect(active.paymentFailure).toBeNull();
    expect((await getBilling(owner, orgId)).paymentMethod).toMatchObject({ last4: '4242' });
    expect(await auditEntries(owner, orgId, 'org.activated')).toHaveLength(1);
  });

  it('a setup intent before billing details is 409 BILLING_DETAILS_REQUIRED', async () => {
    const { owner, orgId } = await newOrg();
    expectOk(await choosePlan(owner, orgId, 'pro'));
    const response = await api('POST', `/orgs/${orgId}/billing/setup-intent`, { token: owner.token });
    expectProblem(response, 409, 'BILLING_DETAILS_REQUIRED');
    expect((await getBilling(owner, orgId)).customerId).toBeNull();
  });
});

describe('PUT /orgs/{orgId}/billing', () => {
  const invalid: [string, unknown, string][] = [
    [
      'unknown country code XX',
      details({ address: { ...details().address, country: 'XX' } }),
      'body.address.country',
    ],
    [
      'the deprecated alias UK (ISO 3166-1 says GB)',
      details({ address: { ...details().address, country: 'UK' } }),
      'body.address.country',
    ],
    [
      'a country name',
      details({ address: { ...details().address, country: 'Germany' } }),
      'body.address.country',
    ],
    ['a bad email', details({ billingEmail: 'billing-at-acme' }), 'body.billingEmail'],
    [
      'no customer name',
      { billingEmail: 'billing@acme.example', address: details().address },
      'body.customerName',
    ],
    ['an empty customer name', details({ customerName: '   ' }), 'body.customerName'],
    ['no address', { customerName: 'Acme', billingEmail: 'billing@acme.example' }, 'body.address'],
    [
      'no postal code',
      details({ address: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' } }),
      'body.address.postalCode',
    ],
    [
      'no line1 and no city',
      details({ address: { postalCode: '10115', country: 'DE' } }),
      'body.address.line1',
    ],
  ];

  it.each(invalid)('refuses %s with 400 errors[] and stores nothing', async (_label, body, path) => {
    const { owner, orgId } = await newOrg();
    const response = await putBilling(owner, orgId, body);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([{ path, message: expect.stringMatching(/\S/) }]),
    );
    expect(await getBilling(owner, orgId)).toEqual({
      customerName: null,
      billingEmail: null,
      address: null,
      customerId: null,
      paymentMethod: null,
    });
    const steps = stepsDone(await onboarding(owner, orgId));
    expect(steps.billing).toBe(false);
  });

  it('a retried PUT (same or changed details) keeps one Stripe customer and updates it', async () => {
    const { owner, orgId } = await newOrg();
    const first = await putBilling(
      owner,
      orgId,
      details({ address: { ...details().address, line2: 'Floor 3', state: 'BE' } }),
    );
    expectOk(first);
    const customerId = first.body.customerId as string;
    expect(customerId).toMatch(/^cus_/);

    const same = await putBilling(
      owner,
      orgId,
      details({ address: { ...details().address, line2: 'Floor 3', state: 'BE' } }),
    );
    expectOk(same);
    expect(same.body.customerId).toBe(customerId);

    const changed = {
      customerName: 'Acme Austria GmbH',
      billingEmail: '  Finance@Acme.Example ',
      address: { line1: 'Ring 2', city: 'Wien', postalCode: '1010', country: 'at' },
    };
    const updated = await putBilling(owner, orgId, changed);
    expectOk(updated);
    expect(updated.body.customerId).toBe(customerId);

    // stored normalized (email lower-cased and trimmed, country upper-cased), line2/state gone
    expect(await getBilling(owner, orgId)).toEqual({
      customerName: 'Acme Austria GmbH',
      billingEmail: 'finance@acme.example',
      address: { line1: 'Ring 2', city: 'Wien', postalCode: '1010', country: 'AT' },
      customerId,
      paymentMethod: null,
    });

    // and the one Stripe customer carries the latest details
    const customer = await stripeSdk().customers.retrieve(customerId);
    expect(customer.deleted).toBeFalsy();
    expect(customer).toMatchObject({
      id: customerId,
      name: 'Acme Austria GmbH',
      email: 'finance@acme.example',
      address: stripeAddress({ line1: 'Ring 2', city: 'Wien', postalCode: '1010', country: 'AT' }),
      metadata: { orgId },
    });

    // every save names the same customer
    const saves = await auditEntries(owner, orgId, 'billing.details_updated');
    expect(saves).toHaveLength(3);
    expect(new Set(saves.map((entry) => entry.target.id))).toEqual(new Set([customerId]));
  });

  it('concurrent first PUTs still make one customer', async () => {
    const { owner, orgId } = await newOrg();
    const responses = await Promise.all([1, 2, 3].map(() => putBilling(owner, orgId)));
    for (const response of responses) expectOk(response);
    const ids = new Set(responses.map((response) => response.body.customerId));
    expect(ids.size).toBe(1);
    expect((await getBilling(owner, orgId)).customerId).toBe([...ids][0]);
  });
});

describe('PUT /orgs/{orgId}/plan', () => {
  /**
   * Seating more than 10 active members through invitations would take a dozen users
   * and invite/accept round trips per test. The plan rule only reads the org item's
   * `activeMemberCount` (the counter every accept/unblock/block/remove keeps in step,
   * inside its own transaction), so the test sets that counter straight in DynamoDB.
   */
  async function setActiveMemberCount(orgId: string, count: number) {
    await setAttributes(keys.org(orgId), { activeMemberCount: count }, { mustExist: true });
  }

  it('upgrading changes planId and memberLimit together', async () => {
    const { owner, orgId } = await newOrg();
    expect(await getOrg(owner, orgId)).toMatchObject({ planId: 'basic', memberLimit: 10 });
    const upgraded = await choosePlan(owner, orgId, 'pro');
    expectOk(upgraded);
    expect(upgraded.body).toMatchObject({ planId: 'pro', memberLimit: 50 });
    expect(upgraded.headers.get('etag')).toMatch(/^"\d+"$/);
    expect(await getOrg(owner, orgId)).toMatchObject({ planId: 'pro', memberLimit: 50 });
    const entries = await auditEntries(owner, orgId, 'billing.plan_changed');
    expect(entries).toEqual([
      expect.objectContaining({ actorId: owner.userId, details: { planId: 'pro', memberLimit: 50 } }),
    ]);
  });

  it('concurrent plan changes never leave planId and memberLimit out of step', async () => {
    const { owner, orgId } = await newOrg();
    const limits: Record<string, number> = { basic: 10, pro: 50, enterprise: 1000 };
    const sequence = ['pro', 'enterprise', 'basic', 'pro', 'enterprise', 'basic', 'pro', 'enterprise'];
    const responses = await Promise.all(sequence.map((planId) => choosePlan(owner, orgId, planId)));
    for (const response of responses) {
      expectOk(response);
      expect(response.body.memberLimit).toBe(limits[response.body.planId]);
    }
    const org = await getOrg(owner, orgId);
    expect(org.memberLimit).toBe(limits[org.planId]);
    expect(await auditEntries(owner, orgId, 'billing.plan_changed')).toHaveLength(sequence.length);
  });

  it('a downgrade below the active member count is 409 MEMBER_LIMIT_REACHED and changes nothing', async () => {
    const { owner, orgId } = await newOrg();
    expectOk(await choosePlan(owner, orgId, 'pro'));
    await setActiveMemberCount(orgId, 11);

    const refused = await choosePlan(owner, orgId, 'basic');
    expectProblem(refused, 409, 'MEMBER_LIMIT_REACHED');
    expect(await getOrg(owner, orgId)).toMatchObject({
      planId: 'pro',
      memberLimit: 50,
      activeMemberCount: 11,
    });
    expect(await auditEntries(owner, orgId, 'billing.plan_changed')).toHaveLength(1);

    // exactly at the limit fits
    await setActiveMemberCount(orgId, 10);
    const fits = await choosePlan(owner, orgId, 'basic');
    expectOk(fits);
    expect(fits.body).toMatchObject({ planId: 'basic', memberLimit: 10, activeMemberCount: 10 });
  });

  it('an unknown or missing plan is 400 and changes nothing', async () => {
    const { owner, orgId } = await newOrg();
    for (const body of [{ planId: 'platinum' }, {}, { planId: 'PRO' }, { planId: 'pro', extra: true }]) {
      const response = await api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors, JSON.stringify(body)).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^body/) })]),
      );
    }
    expect(await getOrg(owner, orgId)).toMatchObject({ planId: 'basic', memberLimit: 10 });
    expect(stepsDone(await onboarding(owner, orgId)).plan).toBe(false);
  });
});
