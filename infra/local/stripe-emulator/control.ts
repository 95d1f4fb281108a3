// `/__emulator/...` endpoints: the browser stand-in (confirm a SetupIntent with a test card) and test hooks
// (trigger arbitrary events, duplicate / hold / reorder deliveries, inspect delivery attempts, reset).
import { invalidParameter, invalidRequest, unrecognizedUrl } from './errors.ts';
import { safeDecode } from './http.ts';
import type { IdempotencyStore } from './idempotency.ts';
import { defaultExpiry } from './payment-methods.ts';
import { confirmSetupIntent } from './setup-intents.ts';
import type { EmulatorState } from './state.ts';
import { advanceClock } from './subscriptions.ts';
import { buildEvent, customerOf, type WebhookDispatcher } from './webhooks.ts';

export interface ControlContext {
  state: EmulatorState;
  webhooks: WebhookDispatcher;
  idempotency: IdempotencyStore;
}

export interface ControlReply {
  status: number;
  body: unknown;
}

type Json = Record<string, unknown>;

const MAX_TIMES = 100;

function parseJsonBody(text: string): Json {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidRequest('Invalid JSON body.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidRequest('The JSON body must be an object.');
  }
  return value as Json;
}

function optionalString(body: Json, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '')
    throw invalidParameter(key, `${key} must be a non-empty string.`);
  return value;
}

function optionalInteger(body: Json, key: string, min: number, max: number): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidParameter(key, `${key} must be an integer between ${min} and ${max}.`);
  }
  return value;
}

function optionalBoolean(body: Json, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw invalidParameter(key, `${key} must be true or false.`);
  return value;
}

async function confirm(ctx: ControlContext, id: string, body: Json): Promise<ControlReply> {
  const card = optionalString(body, 'card');
  if (card === undefined) throw invalidParameter('card', 'card is required, e.g. "4242424242424242".');
  const fallback = defaultExpiry();
  const { setupIntent, eventType } = confirmSetupIntent(ctx.state, id, {
    card,
    clientSecret: optionalString(body, 'client_secret'),
    expiry: {
      exp_month: optionalInteger(body, 'exp_month', 1, 12) ?? fallback.exp_month,
      exp_year: optionalInteger(body, 'exp_year', 2000, 2100) ?? fallback.exp_year,
    },
  });
  const event = buildEvent(eventType, setupIntent);
  ctx.state.events.set(event.id, event);
  const webhook = await ctx.webhooks.dispatch(event);
  // what the service did on receiving it (e.g. create a subscription) has sent its own events:
  // the customer's, not those other customers' activity keeps queuing meanwhile
  await ctx.webhooks.idle(customerOf(event));
  return { status: 200, body: { setup_intent: setupIntent, webhook } };
}

async function triggerEvent(ctx: ControlContext, type: string, body: Json): Promise<ControlReply> {
  if (!/^[a-z0-9_]+(\.[a-z0-9_]+)+$/.test(type)) {
    throw invalidRequest(`Invalid event type '${type}' (expected something like 'customer.updated').`);
  }
  const object = body.object;
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    throw invalidParameter('object', 'object must be a JSON object (it becomes data.object).');
  }
  const event = buildEvent(type, object, { id: optionalString(body, 'id') });
  ctx.state.events.set(event.id, event);
  const webhook = await ctx.webhooks.dispatch(event, {
    times: optionalInteger(body, 'times', 1, MAX_TIMES),
    hold: optionalBoolean(body, 'hold'),
  });
  return { status: 200, body: { event, webhook } };
}

async function release(ctx: ControlContext, body: Json): Promise<ControlReply> {
  const order = body.order ?? 'fifo';
  if (order !== 'fifo' && order !== 'reverse')
    throw invalidParameter('order', 'order must be "fifo" or "reverse".');
  const results = await ctx.webhooks.release(order);
  return { status: 200, body: { order, released: results.length, results } };
}

function hold(ctx: ControlContext, body: Json): ControlReply {
  const enabled = optionalBoolean(body, 'enabled');
  if (enabled === undefined) throw invalidParameter('enabled', 'enabled (true or false) is required.');
  ctx.webhooks.holdAll = enabled;
  return { status: 200, body: { enabled, held: ctx.webhooks.heldCount } };
}

/**
 * `POST /__emulator/clock/advance { seconds }`: the emulator's time moves on; what falls due on the way
 * (renewals, retries, cancellations at period end) happens in time order and its events are sent, each
 * answered before the reply.
 */
async function advance(ctx: ControlContext, body: Json): Promise<ControlReply> {
  const seconds = optionalInteger(body, 'seconds', 0, 10 * 365 * 86_400);
  if (seconds === undefined)
    throw invalidParameter('seconds', 'seconds (a whole number, 0 or more) is required.');
  advanceClock(ctx.state, seconds);
  const sent = ctx.state.outbox.splice(0);
  for (const event of sent) ctx.webhooks.enqueue(event);
  await Promise.all([...new Set(sent.map(customerOf))].map((customer) => ctx.webhooks.idle(customer)));
  return {
    status: 200,
    body: {
      now: ctx.state.now(),
      offset: ctx.state.clockOffset,
      events: sent.map((e) => ({ id: e.id, type: e.type })),
    },
  };
}

function reset(ctx: ControlContext): ControlReply {
  ctx.state.reset();
  ctx.idempotency.reset();
  ctx.webhooks.reset();
  return { status: 200, body: { reset: true } };
}

const CONFIRM_PATH = /^\/__emulator\/setup_intents\/([^/]+)\/confirm$/;
const EVENT_PATH = /^\/__emulator\/events\/([^/]+)$/;

export async function handleControl(
  ctx: ControlContext,
  method: string,
  path: string,
  rawBody: string,
): Promise<ControlReply> {
  if (method === 'GET' && path === '/__emulator/health') return { status: 200, body: { ok: true } };
  if (method === 'GET' && path === '/__emulator/clock') {
    return { status: 200, body: { now: ctx.state.now(), offset: ctx.state.clockOffset } };
  }
  if (method === 'GET' && path.startsWith('/__emulator/hosted_invoices/')) {
    const id = /^\/__emulator\/hosted_invoices\/(in_[A-Za-z0-9]+)_/.exec(path)?.[1] ?? '';
    const invoice = ctx.state.invoices.get(id);
    if (!invoice) throw unrecognizedUrl(method, path);
    return { status: 200, body: invoice };
  }
  if (method === 'POST' && path === '/__emulator/webhooks/idle') {
    await ctx.webhooks.idle();
    return { status: 200, body: { idle: true } };
  }
  if (method === 'GET' && path === '/__emulator/deliveries') {
    return { status: 200, body: { data: ctx.webhooks.deliveries(), held: ctx.webhooks.heldCount } };
  }
  if (method !== 'POST') throw unrecognizedUrl(method, path);
  const body = parseJsonBody(rawBody);
  const confirmMatch = CONFIRM_PATH.exec(path);
  if (confirmMatch) return confirm(ctx, safeDecode(confirmMatch[1] ?? ''), body);
  const eventMatch = EVENT_PATH.exec(path);
  if (eventMatch) return triggerEvent(ctx, safeDecode(eventMatch[1] ?? ''), body);
  if (path === '/__emulator/webhooks/hold') return hold(ctx, body);
  if (path === '/__emulator/webhooks/release') return release(ctx, body);
  if (path === '/__emulator/clock/advance') return advance(ctx, body);
  if (path === '/__emulator/reset') return reset(ctx);
  throw unrecognizedUrl(method, path);
}
