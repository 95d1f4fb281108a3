import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type Stripe from 'stripe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BillingDetails } from '../../shared/billing/billing.ts';
import { upsertCustomer } from '../../shared/billing/customers.ts';
import { ApiError } from '../../shared/platform/errors.ts';
import { stripeAddress, stripeSdk } from '../support/stripe.ts';

/**
 * The production Stripe client (`shared/billing/stripe-client.ts`, `customers.ts`)
 * against the Stripe emulator of the shared stack (`STRIPE_API_BASE`, set by
 * worker-env). The emulator rejects unknown parameters as Stripe does, and every
 * field is read back through a separate SDK client, so a misspelled or misplaced
 * field fails here.
 */

/** An independent reader: the SDK pointed at the emulator with its own key. */
const reader = () => stripeSdk('sk_test_stripe_client_reader');

const orgId = () => `org_${randomUUID().replaceAll('-', '')}`;

const acme: BillingDetails = {
  customerName: 'Acme GmbH',
  billingEmail: 'billing@acme.example',
  address: {
    line1: 'Hauptstr. 1',
    line2: 'Hinterhaus',
    city: 'Berlin',
    state: 'BE',
    postalCode: '10115',
    country: 'DE',
  },
};

async function readCustomer(id: string): Promise<Stripe.Customer> {
  const customer = await reader().customers.retrieve(id);
  if (customer.deleted) throw new Error(`customer ${id} is deleted`);
  return customer;
}

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('upsertCustomer against the emulator', () => {
  it('creates the customer with the fields Stripe expects (name, email, address, metadata.orgId)', async () => {
    const org = orgId();
    const id = await upsertCustomer(org, acme);
    expect(id).toMatch(/^cus_/);
    const customer = await readCustomer(id);
    expect(customer).toMatchObject({
      id,
      name: 'Acme GmbH',
      email: 'billing@acme.example',
      address: stripeAddress(acme.address),
      metadata: { orgId: org },
    });
  });

  it('a retry without the stored id (the save after Stripe was lost) finds the same customer', async () => {
    const org = orgId();
    const first = await upsertCustomer(org, acme);
    const retried = await upsertCustomer(org, { ...acme, customerName: 'Acme Retried GmbH' });
    expect(retried).toBe(first);
    expect((await readCustomer(first)).name).toBe('Acme Retried GmbH');
    // another org never shares it
    expect(await upsertCustomer(orgId(), acme)).not.toBe(first);
  });

  it('updates the existing customer in place; dropped optional address lines are cleared', async () => {
    const org = orgId();
    const id = await upsertCustomer(org, acme);
    const moved: BillingDetails = {
      customerName: 'Acme Wien GmbH',
      billingEmail: 'finance@acme.example',
      address: { line1: 'Ring 2', city: 'Wien', postalCode: '1010', country: 'AT' },
    };
    expect(await upsertCustomer(org, moved, id)).toBe(id);
    expect(await readCustomer(id)).toMatchObject({
      name: 'Acme Wien GmbH',
      email: 'finance@acme.example',
      address: stripeAddress({ line1: 'Ring 2', city: 'Wien', postalCode: '1010', country: 'AT' }),
      metadata: { orgId: org },
    });
  });

  it('Stripe refusing the request (unknown customer) is a 502 BAD_GATEWAY ApiError without Stripe’s message', async () => {
    const error = await upsertCustomer(orgId(), acme, 'cus_does_not_exist').then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'BAD_GATEWAY', status: 502 });
    expect((error as ApiError).detail).not.toMatch(/cus_does_not_exist|No such customer/);
  });
});

describe('Stripe unreachable', () => {
  const original = process.env.STRIPE_API_BASE;
  afterEach(() => {
    process.env.STRIPE_API_BASE = original;
    vi.resetModules();
  });

  it('is a 503 UNAVAILABLE ApiError with Retry-After, never a raw connection error', async () => {
    // the client is created once per process: point a fresh module graph at a closed port
    process.env.STRIPE_API_BASE = `http://127.0.0.1:${await closedPort()}`;
    vi.resetModules();
    const customers = await import('../../shared/billing/customers.ts');
    const errors = await import('../../shared/platform/errors.ts');
    const started = Date.now();
    const error = await customers.upsertCustomer(orgId(), acme).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(errors.ApiError);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    expect(Number((error as { headers?: Record<string, string> }).headers?.['retry-after'])).toBeGreaterThan(
      0,
    );
    expect((error as Error).message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    // a connection refusal is retried a little, not for the whole request timeout
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
