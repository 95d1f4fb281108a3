import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod';
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

export interface RouteRequest<S extends RequestSchemas, A extends boolean> {
  body: Infer<S['body']>;
  query: Infer<S['query']>;
  params: Infer<S['params']>;
  caller: A extends false ? undefined : Caller;
  headers: Record<string, string | undefined>;
  requestId: string;
  event: RouteEvent;
}

/**
 * A thin HTTP handler: middlewares authenticate, parse and validate; `run` calls
 * the domain and returns a result; errors become problem+json in one place.
 */
export function route<S extends RequestSchemas, A extends boolean = true>(
  spec: S & { auth?: A; maxBodyBytes?: number },
  run: (request: RouteRequest<S, A>) => Promise<RouteResult>,
) {
  const chain = middy<RouteEvent, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(requestLogging())
    .use(problemErrors())
    .use(bodyLimit(spec.maxBodyBytes))
    .use(jsonBody());
  if (spec.auth !== false) chain.use(authenticate());
  return chain.use(validate(spec)).handler(async (event) => {
    const requestId = requestIdOf(event);
    const result = await run({
      body: event.validated?.body,
      query: event.validated?.query,
      params: event.validated?.params,
      caller: event.caller,
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
