// In-memory store of every object the emulator has created, plus Stripe-style id generation.
import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 string, the character set Stripe uses in its ids. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** `cus_…`, `seti_…`, `pm_…`, `evt_…`, `req_…` — same prefixes and similar lengths as Stripe's. */
export function newId(prefix: 'cus' | 'seti' | 'pm' | 'evt' | 'req'): string {
  return `${prefix}_${randomToken(prefix === 'cus' || prefix === 'req' ? 14 : 24)}`;
}

/** `seti_…_secret_…`, the shape Stripe.js expects for a SetupIntent client secret. */
export function newClientSecret(setupIntentId: string): string {
  return `${setupIntentId}_secret_${randomToken(32)}`;
}

export function nowUnix(): number {
  return Math.floor(Date.now() / 1000);
}

/** An event as the emulator stores, serves and delivers it (webhooks.ts builds and signs them). */
export interface StripeEventJson {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export type StoredObject = Stripe.Customer | Stripe.SetupIntent | Stripe.PaymentMethod | StripeEventJson;

export class EmulatorState {
  readonly customers = new Map<string, Stripe.Customer>();
  readonly setupIntents = new Map<string, Stripe.SetupIntent>();
  readonly paymentMethods = new Map<string, Stripe.PaymentMethod>();
  readonly events = new Map<string, StripeEventJson>();

  /** Finds any stored object by id (used by `expand`). Returns the stored instance; clone before exposing. */
  find(id: string): StoredObject | undefined {
    return (
      this.customers.get(id) ??
      this.setupIntents.get(id) ??
      this.paymentMethods.get(id) ??
      this.events.get(id)
    );
  }

  reset(): void {
    this.customers.clear();
    this.setupIntents.clear();
    this.paymentMethods.clear();
    this.events.clear();
  }
}
