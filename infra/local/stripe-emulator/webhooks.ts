// Stripe events: building them, signing them with the real `stripe` library, and delivering them (with
// retries, a hold queue for out-of-order tests, and a log of every attempt).
import Stripe from 'stripe';
import { newId, nowUnix, type StripeEventJson } from './state.ts';

/** One row of `GET /__emulator/deliveries`: `status` is the endpoint's HTTP status, 0 on a network error. */
export interface DeliveryRecord {
  eventId: string;
  type: string;
  status: number;
  attempt: number;
  error?: string;
}

export interface AttemptResult {
  attempt: number;
  status: number;
}

/** What a confirm / event trigger reports about its webhook. `deliveries` holds first attempts only. */
export interface DispatchResult {
  event_id: string;
  type: string;
  held: boolean;
  deliveries: AttemptResult[];
}

export function buildEvent(type: string, object: object, options: { id?: string } = {}): StripeEventJson {
  return {
    id: options.id ?? newId('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: nowUnix(),
    data: { object: structuredClone(object) as Record<string, unknown> },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

/** Stripe sends pretty-printed JSON; the bytes are fixed once so duplicates and retries are identical. */
export function serializeEvent(event: StripeEventJson): string {
  return JSON.stringify(event, null, 2);
}

/** `t=<unix>,v1=<hex>`, computed by stripe-node exactly as Stripe computes it. */
export function signPayload(payload: string, secret: string): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret });
}

export interface WebhookDispatcherOptions {
  url: string;
  secret: string;
  /** Delay before attempt 2, 3, …; attempts = length + 1. Default `[200, 1000]` (3 attempts). */
  retryDelaysMs?: readonly number[];
  /** Per-attempt timeout. Default 10 s. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

interface Queued {
  event: StripeEventJson;
  payload: string;
}

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/** The customer an event is about (`data.object.customer`, or the customer itself); '' when none. */
export function customerOf(event: StripeEventJson): string {
  const object = event.data.object;
  if (typeof object.customer === 'string') return object.customer;
  return object.object === 'customer' && typeof object.id === 'string' ? object.id : '';
}

export class WebhookDispatcher {
  /** When true every event is queued until `release()` (set via `POST /__emulator/webhooks/hold`). */
  holdAll = false;
  private readonly held: Queued[] = [];
  private readonly records: DeliveryRecord[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly aborts = new Set<AbortController>();
  private readonly retryDelaysMs: readonly number[];
  private readonly timeoutMs: number;
  private closed = false;
  /** Bumped by `reset()` so retries scheduled before a reset neither run nor log afterwards. */
  private generation = 0;

  constructor(private readonly options: WebhookDispatcherOptions) {
    this.retryDelaysMs = options.retryDelaysMs ?? [200, 1000];
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  get heldCount(): number {
    return this.held.length;
  }

  deliveries(): DeliveryRecord[] {
    return this.records.map((record) => ({ ...record }));
  }

  /** One delivery line per customer: a busy customer never holds back another's events. */
  private readonly lines = new Map<string, { tail: Promise<unknown>; queued: number }>();

  /**
   * Sends `event` after every event of the same customer enqueued before it has had its first
   * attempt answered (held instead while hold is on): the events one API call or one clock step
   * produces for a customer arrive in order. Real Stripe promises no order at all.
   */
  enqueue(event: StripeEventJson): void {
    const key = customerOf(event);
    let line = this.lines.get(key);
    if (!line) {
      line = { tail: Promise.resolve(), queued: 0 };
      this.lines.set(key, line);
    }
    const current = line;
    current.queued++;
    current.tail = current.tail
      .then(() => this.dispatch(event))
      .catch(() => undefined)
      .finally(() => {
        current.queued--;
        if (current.queued === 0 && this.lines.get(key) === current) this.lines.delete(key);
      });
  }

  /**
   * Resolves once every enqueued event of `customer` (every customer when omitted), including
   * those enqueued meanwhile, has been sent.
   */
  async idle(customer?: string): Promise<void> {
    if (customer !== undefined) {
      for (let line = this.lines.get(customer); line; line = this.lines.get(customer)) await line.tail;
      return;
    }
    while (this.lines.size > 0) await Promise.all([...this.lines.values()].map((line) => line.tail));
  }

  /**
   * Sends `event` `times` times (same id, same bytes), or queues it when `hold` / `holdAll`. Resolves once the
   * first attempt of each copy has been answered; retries of failed attempts continue in the background.
   */
  async dispatch(
    event: StripeEventJson,
    options: { times?: number; hold?: boolean } = {},
  ): Promise<DispatchResult> {
    const times = options.times ?? 1;
    const payload = serializeEvent(event);
    const result: DispatchResult = { event_id: event.id, type: event.type, held: false, deliveries: [] };
    if (options.hold || this.holdAll) {
      for (let i = 0; i < times; i++) this.held.push({ event, payload });
      result.held = true;
      return result;
    }
    for (let i = 0; i < times; i++) result.deliveries.push(await this.deliver(event, payload));
    return result;
  }

  /** Delivers every held event, one after another, oldest first (`fifo`) or newest first (`reverse`). */
  async release(order: 'fifo' | 'reverse'): Promise<DispatchResult[]> {
    const batch = this.held.splice(0, this.held.length);
    if (order === 'reverse') batch.reverse();
    const results: DispatchResult[] = [];
    for (const { event, payload } of batch) {
      const first = await this.deliver(event, payload);
      results.push({ event_id: event.id, type: event.type, held: false, deliveries: [first] });
    }
    return results;
  }

  reset(): void {
    this.generation++;
    this.holdAll = false;
    this.held.length = 0;
    this.records.length = 0;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Cancels pending retries, aborts in-flight attempts and waits for them to settle. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.aborts) controller.abort();
    await Promise.allSettled([...this.running]);
  }

  private async deliver(event: StripeEventJson, payload: string): Promise<AttemptResult> {
    const status = await this.track(this.attempt(event, payload, 1));
    if (!isSuccess(status)) this.scheduleRetry(event, payload, 2);
    return { attempt: 1, status };
  }

  private scheduleRetry(event: StripeEventJson, payload: string, attempt: number): void {
    const delay = this.retryDelaysMs[attempt - 2];
    if (delay === undefined || this.closed) return;
    const generation = this.generation;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (generation !== this.generation) return;
      void this.track(
        this.attempt(event, payload, attempt).then((status) => {
          if (!isSuccess(status)) this.scheduleRetry(event, payload, attempt + 1);
        }),
      );
    }, delay);
    this.timers.add(timer);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.running.add(promise);
    void promise.finally(() => this.running.delete(promise)).catch(() => {});
    return promise;
  }

  /** One POST to the endpoint. Never rejects: a network error is recorded as status 0. */
  private async attempt(event: StripeEventJson, payload: string, attempt: number): Promise<number> {
    if (this.closed) return 0;
    const generation = this.generation;
    const controller = new AbortController();
    this.aborts.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.timeoutMs);
    let status = 0;
    let error: string | undefined;
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature': signPayload(payload, this.options.secret),
        },
        body: payload,
        signal: controller.signal,
      });
      await response.arrayBuffer();
      status = response.status;
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      error = err instanceof Error ? `${err.message}${cause}` : String(err);
    } finally {
      clearTimeout(timeout);
      this.aborts.delete(controller);
    }
    const record: DeliveryRecord = { eventId: event.id, type: event.type, status, attempt };
    if (error !== undefined) record.error = error;
    if (generation === this.generation) this.records.push(record);
    this.options.log?.(
      `webhook ${event.type} ${event.id} attempt ${attempt} -> ${status === 0 ? `network error (${error})` : status}`,
    );
    return status;
  }
}
