// The emulator's HTTP server: routes `/v1/...` (auth, idempotency, Stripe JSON) and `/__emulator/...`
// (browser stand-in and test hooks), logs one line per request, and shuts down cleanly.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { matchApiRoute } from './api.ts';
import { authenticate } from './auth.ts';
import { handleControl } from './control.ts';
import { ApiError, internalError, invalidRequest, unrecognizedUrl } from './errors.ts';
import { canonicalForm, parseForm } from './form.ts';
import { header, readBody, sendJson, toJson } from './http.ts';
import { IdempotencyStore } from './idempotency.ts';
import { loadState, saveState } from './persistence.ts';
import { DEFAULT_PRICES, type PriceSeed, seedPrices } from './prices.ts';
import { EmulatorState, newId } from './state.ts';
import { WebhookDispatcher } from './webhooks.ts';

export interface StripeEmulatorOptions {
  /** `0` picks a free port; the real one is reported in `StripeEmulator.port`. */
  port: number;
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** Where events are POSTed. */
  webhookUrl: string;
  /** `whsec_...` secret used to sign deliveries; give the same one to `stripe.webhooks.constructEvent`. */
  webhookSecret: string;
  /** Receives one line per HTTP request and one per webhook delivery attempt. */
  log?: (line: string) => void;
  /** Delays before webhook retry attempts 2, 3, … Default `[200, 1000]` (3 attempts in all). */
  retryDelaysMs?: readonly number[];
  /** How long one webhook attempt waits for the API's answer (default 10 s). */
  webhookTimeoutMs?: number;
  /** Keeps customers, setup intents, payment methods and events in this file across restarts; unset: memory only. */
  stateFile?: string;
  /** Prices that exist from the start (created when absent). Default: the plans' local prices. */
  prices?: readonly PriceSeed[];
}

export interface StripeEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The browser stand-in for Stripe.js (browser/stripe.js), for the console's card step. */
const stripeJsStandIn = () => readFile(new URL('./browser/stripe.js', import.meta.url), 'utf8');

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

function errorReply(
  error: unknown,
  log: ((line: string) => void) | undefined,
): { status: number; body: string } {
  if (error instanceof ApiError) return { status: error.status, body: toJson({ error: error.body }) };
  log?.(
    `stripe-emulator internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  const fallback = internalError();
  return { status: fallback.status, body: toJson({ error: fallback.body }) };
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log;
  const state = new EmulatorState();
  if (options.stateFile) loadState(state, options.stateFile);
  seedPrices(state, options.prices ?? DEFAULT_PRICES);
  const idempotency = new IdempotencyStore();
  const webhooks = new WebhookDispatcher({
    url: options.webhookUrl,
    secret: options.webhookSecret,
    retryDelaysMs: options.retryDelaysMs,
    timeoutMs: options.webhookTimeoutMs,
    log,
  });

  async function handleApi(
    req: IncomingMessage,
    method: string,
    url: URL,
    requestId: string,
  ): Promise<Reply> {
    const headers: Record<string, string> = {
      'Request-Id': requestId,
      'Stripe-Version': header(req, 'stripe-version') ?? Stripe.API_VERSION,
    };
    try {
      const apiKey = authenticate(header(req, 'authorization'));
      const call = matchApiRoute(method, url.pathname);
      if (!call) throw unrecognizedUrl(method, url.pathname);
      const body = await readBody(req);
      if (method === 'POST' && header(req, 'content-type')?.toLowerCase().startsWith('application/json')) {
        throw invalidRequest(
          'Invalid request (check that your POST content type is application/x-www-form-urlencoded).',
        );
      }
      const params = parseForm(
        method === 'POST' || (method === 'DELETE' && body !== '') ? body : url.search.slice(1),
      );
      const idempotencyKey = method === 'POST' ? header(req, 'idempotency-key') : undefined;
      const lookup = idempotency.lookup(apiKey, idempotencyKey, url.pathname, canonicalForm(params));
      if (lookup.kind === 'replay') {
        const saved = lookup.response;
        return {
          status: saved.status,
          body: saved.body,
          headers: { ...headers, 'Idempotent-Replayed': 'true', 'Original-Request': saved.requestId },
        };
      }
      if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
      let reply: { status: number; body: string };
      try {
        reply = { status: 200, body: toJson(call(state, params)) };
      } catch (error) {
        reply = errorReply(error, log);
      }
      // events the call produced (a failed payment too) go out once it has answered, in order
      for (const event of state.outbox.splice(0)) webhooks.enqueue(event);
      if (lookup.kind === 'fresh') lookup.save({ ...reply, requestId });
      return { ...reply, headers };
    } catch (error) {
      return { ...errorReply(error, log), headers };
    }
  }

  async function handleEmulator(req: IncomingMessage, method: string, url: URL): Promise<Reply> {
    if (method === 'OPTIONS') return { status: 204, body: '', headers: CORS_HEADERS };
    try {
      const reply = await handleControl(
        { state, webhooks, idempotency },
        method,
        url.pathname,
        await readBody(req),
      );
      return { status: reply.status, body: toJson(reply.body), headers: CORS_HEADERS };
    } catch (error) {
      return { ...errorReply(error, log), headers: CORS_HEADERS };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://stripe-emulator.invalid');
    const requestId = newId('req');
    let reply: Reply;
    if (method === 'GET' && url.pathname === '/__emulator/stripe.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(await stripeJsStandIn());
      return;
    }
    if (url.pathname.startsWith('/v1/')) {
      reply = await handleApi(req, method, url, requestId);
    } else if (url.pathname.startsWith('/__emulator/')) {
      reply = await handleEmulator(req, method, url);
    } else {
      const error = unrecognizedUrl(method, url.pathname);
      reply = {
        status: error.status,
        body: toJson({ error: error.body }),
        headers: { 'Request-Id': requestId },
      };
    }
    if (options.stateFile && method !== 'GET') saveState(state, options.stateFile);
    sendJson(res, reply.status, reply.body, reply.headers);
    const replayed = reply.headers['Idempotent-Replayed'] ? ' (idempotent replay)' : '';
    const elapsed = (performance.now() - started).toFixed(1);
    log?.(
      `stripe-emulator ${method} ${url.pathname}${url.search} -> ${reply.status}${replayed} ${elapsed}ms`,
    );
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const reply = errorReply(error, log);
      sendJson(res, reply.status, reply.body);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  state.baseUrl = `http://${urlHost(host)}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        await webhooks.close();
        server.closeAllConnections();
        await serverClosed;
      })();
      return closing;
    },
  };
}
