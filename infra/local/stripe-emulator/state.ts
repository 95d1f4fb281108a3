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
export function newId(
  prefix: 'cus' | 'seti' | 'pm' | 'evt' | 'req' | 'sub' | 'si' | 'in' | 'il' | 'price' | 'prod' | 'ch',
): string {
  return `${prefix}_${randomToken(prefix === 'cus' || prefix === 'req' || prefix === 'si' || prefix === 'prod' ? 14 : 24)}`;
}

/** `seti_…_secret_…`, the shape Stripe.js expects for a SetupIntent client secret. */
export function newClientSecret(setupIntentId: string): string {
  return `${setupIntentId}_secret_${randomToken(32)}`;
}

/** Stripe sends decimals as JSON strings; the SDK's type is its Decimal class (it converts on reading). */
export const decimalJson = (value: number): Stripe.Decimal => String(value) as unknown as Stripe.Decimal;

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

/** An invoice as the fixtures show it: the SDK's type plus the legacy top-level `subscription` (null). */
export type EmulatorInvoice = Stripe.Invoice & { subscription: null };

/** A proration line waiting for the subscription's next invoice (`proration_behavior=create_prorations`). */
export interface PendingLine {
  amount: number;
  description: string;
  priceId: string;
  start: number;
  end: number;
}

export type StoredObject =
  | Stripe.Customer
  | Stripe.SetupIntent
  | Stripe.PaymentMethod
  | Stripe.Price
  | Stripe.Subscription
  | EmulatorInvoice
  | StripeEventJson;

export class EmulatorState {
  readonly customers = new Map<string, Stripe.Customer>();
  readonly setupIntents = new Map<string, Stripe.SetupIntent>();
  readonly paymentMethods = new Map<string, Stripe.PaymentMethod>();
  readonly events = new Map<string, StripeEventJson>();
  readonly prices = new Map<string, Stripe.Price>();
  readonly subscriptions = new Map<string, Stripe.Subscription>();
  readonly invoices = new Map<string, EmulatorInvoice>();
  readonly pendingLines = new Map<string, PendingLine[]>();
  /** Seconds the emulator's clock is ahead of real time (`POST /__emulator/clock/advance`). */
  clockOffset = 0;
  /** Events produced by the current call, sent once it has answered (server.ts drains it). */
  readonly outbox: StripeEventJson[] = [];
  /** Where `hosted_invoice_url` points (the emulator's own base URL, set once it listens). */
  baseUrl = 'http://127.0.0.1:12111';

  /** The emulator's time (unix seconds): real time plus every advance of its clock. */
  now(): number {
    return nowUnix() + this.clockOffset;
  }

  /** Finds any stored object by id (used by `expand`). Returns the stored instance; clone before exposing. */
  find(id: string): StoredObject | undefined {
    return (
      this.customers.get(id) ??
      this.setupIntents.get(id) ??
      this.paymentMethods.get(id) ??
      this.prices.get(id) ??
      this.subscriptions.get(id) ??
      this.invoices.get(id) ??
      this.events.get(id)
    );
  }

  reset(): void {
    this.customers.clear();
    this.setupIntents.clear();
    this.paymentMethods.clear();
    this.events.clear();
    this.subscriptions.clear();
    this.invoices.clear();
    this.pendingLines.clear();
    this.outbox.length = 0;
    this.clockOffset = 0;
  }
}
