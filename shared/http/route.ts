import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod';
import type { ApiKeyPrincipal } from '../data/api-key-verify.ts';
import { apiKeyAuth } from './api-key-auth.ts';
import type { Caller } from './auth.ts';
import { logger } from './logger.ts';
import {
  authenticate,
  bodyLimit,
  jsonBody,
  problemErrors,
  type RequestSchemas,
  requestLogging,
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
}

/**
 * A thin HTTP handler: middlewares authenticate, parse and validate; `run` calls
 * the domain and returns a result; errors become problem+json in one place.
 */
export function route<S extends RequestSchemas, A extends Auth = true>(
  spec: S & { auth?: A },
  run: (request: RouteRequest<S, A>) => Promise<RouteResult>,
) {
  const chain = middy<RouteEvent, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(requestLogging())
    .use(problemErrors())
    .use(bodyLimit())
    .use(jsonBody());
  if (spec.auth === 'apiKey') chain.use(apiKeyAuth());
  else if (spec.auth !== false) chain.use(authenticate());
  return chain.use(validate(spec)).handler(async (event) => {
    const requestId = requestIdOf(event);
    const result = await run({
      body: event.validated?.body,
      query: event.validated?.query,
      params: event.validated?.params,
      caller: event.caller,
      apiKey: event.apiKey,
      headers: event.headers ?? {},
      requestId,
      event,
    } as RouteRequest<S, A>);
    return toResponse(result, requestId);
  });
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
