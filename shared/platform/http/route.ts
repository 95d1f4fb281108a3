import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import { apiKeyAuth } from '../../api-keys/api-key-auth.ts';
import type { ApiKeyPrincipal } from '../../api-keys/verify.ts';
import { earlyTimeoutMs } from '../config/budgets.ts';
import { unavailable } from '../dependency-faults.ts';
import { type Idempotency, idempotencyOf, recordResponse, replayOf } from '../idempotency/idempotency.ts';
import { logger, withInvocationLogger } from '../logger.ts';
import type { Caller } from './auth.ts';
import {
  authenticate,
  bodyLimit,
  jsonBody,
  problemErrors,
  type RequestSchemas,
  validate,
} from './middlewares.ts';
import { type RouteEvent, type RouteResult, requestIdOf } from './request.ts';

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

/** true: a user's JWT; false: public; 'apiKey': an API key (the `/v1` platform routes) */
type Auth = boolean | 'apiKey';

export interface RouteRequest<S extends RequestSchemas, A extends Auth> {
  body: Infer<S['body']>;
  query: Infer<S['query']>;
  params: Infer<S['params']>;
  caller: A extends true ? Caller : undefined;
  apiKey: A extends 'apiKey' ? ApiKeyPrincipal : undefined;
  headers: Record<string, string | undefined>;
  requestId: string;
  event: RouteEvent;
  /**
   * From the `Idempotency-Key` header on an `idempotent` route (undefined without
   * one). Hand it to `idempotently()` so the response record joins the transaction.
   */
  idempotency: Idempotency | undefined;
}

export interface RouteSpec<A extends Auth> {
  auth?: A;
  /** a larger body limit than the default 64 KiB (e.g. the Stripe webhook) */
  maxBodyBytes?: number;
  /**
   * The route honours `Idempotency-Key`: a stored response for the caller's key is
   * replayed before the handler runs; a handler that does not put the record into its
   * own transaction (through `idempotently()`) gets its 2xx response stored after it.
   */
  idempotent?: boolean;
  /** turns a replayed stored response into the answer (e.g. opens a sealed "shown once" secret) */
  onReplay?: (
    result: RouteResult,
    idempotency: Idempotency,
    headers: Record<string, string | undefined>,
  ) => RouteResult;
}

export type RouteHandler = ((
  event: RouteEvent,
  context?: Context,
) => Promise<APIGatewayProxyStructuredResultV2>) & {
  readonly idempotent: boolean;
};

/** Keys are scoped to the caller and the resource: the same key elsewhere is another request. */
const idempotencyScope = (event: RouteEvent) =>
  `${event.requestContext?.http?.method ?? 'POST'} ${event.rawPath}:${event.caller?.userId ?? 'anonymous'}`;

/**
 * A thin HTTP handler: middlewares authenticate, parse and validate; `run` calls
 * the domain and returns a result; errors become problem+json in one place. A
 * dependency that fails or is slower than the function's time left is a 503.
 */
export function route<S extends RequestSchemas, A extends Auth = true>(
  spec: S & RouteSpec<A>,
  run: (request: RouteRequest<S, A>) => Promise<RouteResult>,
): RouteHandler {
  const chain = middy<RouteEvent, APIGatewayProxyStructuredResultV2>({
    timeoutEarlyInMillis: earlyTimeoutMs(),
    timeoutEarlyResponse: () => {
      throw unavailable('timeout');
    },
  })
    .use(problemErrors())
    .use(bodyLimit(spec.maxBodyBytes))
    .use(jsonBody());
  if (spec.auth === 'apiKey') chain.use(apiKeyAuth());
  else if (spec.auth !== false) chain.use(authenticate());
  const handler = chain.use(validate(spec)).handler(async (event) => {
    const requestId = requestIdOf(event);
    const idempotency = spec.idempotent
      ? idempotencyOf(event.headers ?? {}, idempotencyScope(event), event.jsonBody)
      : undefined;
    const replay = await replayOf(idempotency);
    if (replay && idempotency) {
      return toResponse(spec.onReplay?.(replay, idempotency, event.headers ?? {}) ?? replay, requestId);
    }
    if (idempotency) idempotency.replayChecked = true;
    const result = await run({
      body: event.validated?.body,
      query: event.validated?.query,
      params: event.validated?.params,
      caller: event.caller,
      apiKey: event.apiKey,
      headers: event.headers ?? {},
      requestId,
      event,
      idempotency,
    } as RouteRequest<S, A>);
    const status = result.status ?? 200;
    if (idempotency && !idempotency.recorded && status < 300) await recordResponse(idempotency, result);
    return toResponse(result, requestId);
  });

  let coldStart = true;
  const invoke = (event: RouteEvent, context?: Context) => {
    const keys = { requestId: requestIdOf(event), route: event.routeKey };
    const invocation = { context, coldStart, keys };
    coldStart = false;
    return withInvocationLogger(invocation, async () => {
      const started = performance.now();
      const response = await handler(event, context as Context);
      logger.info('request', {
        method: event.requestContext?.http?.method,
        status: response?.statusCode,
        durationMs: Math.round(performance.now() - started),
      });
      return response;
    });
  };
  return Object.assign(invoke, { idempotent: spec.idempotent === true });
}

function toResponse(result: RouteResult, requestId: string): APIGatewayProxyStructuredResultV2 {
  const status = result.status ?? 200;
  const hasBody = result.body !== undefined && status !== 204;
  return {
    statusCode: status,
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      'cache-control': 'no-store',
      'x-request-id': requestId,
      ...result.headers,
    },
    body: hasBody ? JSON.stringify(result.body) : '',
  };
}
