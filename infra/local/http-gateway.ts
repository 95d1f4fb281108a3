import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { apiFunctionTimeoutMs } from '../../shared/platform/config/budgets.ts';
import { ApiError } from '../../shared/platform/errors.ts';
import { problemResponse } from '../../shared/platform/http/problem.ts';
import type { RouteDefinition } from '../../shared/platform/http/route-definition.ts';
import { loadHandler } from './handler-loader.ts';
import { lambdaContext } from './lambda-context.ts';
import { createRouteMatcher, type RouteMatch } from './route-matcher.ts';

/** API Gateway's own limit is 10 MB; the handlers refuse anything over 64 KiB. */
const MAX_GATEWAY_BODY = 10 * 1024 * 1024;

export interface GatewayOptions {
  routes: readonly RouteDefinition[];
  port: number;
  host?: string;
  /** extra local-only endpoints (e.g. the dev issuer's JWKS); return true when handled */
  extra?: (request: IncomingMessage, response: ServerResponse) => boolean;
  log?: (line: string) => void;
  /** requests slower than this are logged as `slow request`, and again every time this long passes without an answer */
  slowRequestMs?: number;
}

interface InFlight {
  method: string;
  path: string;
  started: number;
}

/** Plays API Gateway HTTP API: requests → payload 2.0 events → the deployed handler modules. */
export async function startHttpGateway(options: GatewayOptions): Promise<{ server: Server; port: number }> {
  const match = createRouteMatcher(options.routes);
  const inFlight = new Set<InFlight>();
  const watch = options.slowRequestMs
    ? watchSlowRequests(inFlight, options.slowRequestMs, options.log)
    : undefined;
  const server = createServer((request, response) => {
    // like the deployed API's CORS settings, answered by the gateway itself
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader(
      'access-control-expose-headers',
      'etag, location, x-request-id, idempotent-replayed, retry-after',
    );
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers':
          'authorization, content-type, idempotency-key, if-match, if-none-match',
        'access-control-max-age': '600',
      });
      response.end();
      return;
    }
    if (options.extra?.(request, response)) return;
    const entry = {
      method: request.method ?? 'GET',
      path: (request.url ?? '/').split('?')[0] ?? '/',
      started: Date.now(),
    };
    inFlight.add(entry);
    handle(request, response, match)
      .catch((error) => {
        options.log?.(`gateway error: ${String(error)}`);
        if (!response.headersSent) send(response, problemResponse(error, 'gateway-error'));
      })
      .finally(() => {
        inFlight.delete(entry);
        const took = Date.now() - entry.started;
        if (options.slowRequestMs && took >= options.slowRequestMs)
          options.log?.(`slow request: ${entry.method} ${entry.path} ${response.statusCode} in ${took} ms`);
      });
  });
  if (watch) server.once('close', () => clearInterval(watch));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : options.port };
}

/** Logs each request still unanswered after `slowMs`, with how long it has waited (a stalled handler shows up while it stalls). */
function watchSlowRequests(inFlight: Set<InFlight>, slowMs: number, log?: (line: string) => void) {
  const timer = setInterval(() => {
    const now = Date.now();
    for (const entry of inFlight) {
      const waited = now - entry.started;
      if (waited >= slowMs)
        log?.(`slow request: ${entry.method} ${entry.path} unanswered after ${waited} ms`);
    }
  }, slowMs);
  timer.unref();
  return timer;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  match: (method: string, path: string) => RouteMatch | undefined,
) {
  const requestId = randomUUID();
  const url = new URL(request.url ?? '/', 'http://local');
  const body = await readBody(request);
  const found = match(request.method ?? 'GET', url.pathname);
  let result: APIGatewayProxyStructuredResultV2;
  if (body === undefined) {
    result = problemResponse(new ApiError('PAYLOAD_TOO_LARGE', 'Request body too large.'), requestId);
  } else if (!found) {
    result = problemResponse(new ApiError('NOT_FOUND', 'No such route.'), requestId);
  } else {
    const event = toEvent(request, url, body, found, requestId);
    const handler = await loadHandler(found.route);
    result = await handler(event, lambdaContext(found.route.id, apiFunctionTimeoutMs()));
  }
  send(response, result);
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_GATEWAY_BODY) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function toEvent(
  request: IncomingMessage,
  url: URL,
  body: Buffer,
  found: RouteMatch,
  requestId: string,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') cookies.push(...String(value).split(/;\s*/));
    else headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  const routeKey = `${found.route.method} ${found.route.path}`;
  const now = new Date();
  const hasBody = body.length > 0;
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies.length ? { cookies } : {}),
    headers,
    ...(url.searchParams.size ? { queryStringParameters: query } : {}),
    ...(Object.keys(found.pathParameters).length ? { pathParameters: found.pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(hasBody ? { body: body.toString('utf8') } : {}),
    isBase64Encoded: false,
  };
}

function send(response: ServerResponse, result: APIGatewayProxyStructuredResultV2) {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body ?? '';
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}
