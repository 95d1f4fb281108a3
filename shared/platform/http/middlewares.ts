import type middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ZodType } from 'zod';
import { platformCredentialOf } from '../../sessions/platform-credential.ts';
import { dependencyFault } from '../dependency-faults.ts';
import { ApiError, validationFailed } from '../errors.ts';
import { logger } from '../logger.ts';
import { bearerToken, verifyToken } from './auth.ts';
import { problemResponse } from './problem.ts';
import { type RouteEvent, requestIdOf } from './request.ts';
import { zodIssuesToFieldErrors } from './zod-errors.ts';

type Middleware = middy.MiddlewareObj<RouteEvent, APIGatewayProxyStructuredResultV2>;

export const MAX_BODY_BYTES = 64 * 1024;

/** Turns any error into problem+json; only ApiErrors show their message. */
export const problemErrors = (): Middleware => ({
  onError: (request) => {
    const { error, event } = request;
    const fault = dependencyFault(error);
    if (fault) logger.warn('dependency unavailable', { fault, error });
    else if (!(error instanceof ApiError) || error.status >= 500) logger.error('request failed', { error });
    request.response = problemResponse(error, requestIdOf(event));
  },
});

export const bodyLimit = (maxBytes = MAX_BODY_BYTES): Middleware => ({
  before: ({ event }) => {
    if (!event.body) return;
    const bytes = event.isBase64Encoded
      ? Buffer.byteLength(event.body, 'base64')
      : Buffer.byteLength(event.body, 'utf8');
    if (bytes > maxBytes) {
      throw new ApiError('PAYLOAD_TOO_LARGE', `Request bodies are limited to ${maxBytes} bytes.`);
    }
  },
});

export const jsonBody = (): Middleware => ({
  before: ({ event }) => {
    if (!event.body) return;
    const contentType = event.headers?.['content-type'] ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
      throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
    }
    const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    try {
      event.jsonBody = JSON.parse(text);
    } catch {
      throw validationFailed(
        [{ path: '', message: 'The body is not valid JSON.' }],
        'The body is not valid JSON.',
      );
    }
  },
});

export const authenticate = (): Middleware => ({
  before: async ({ event }) => {
    event.caller = await verifyToken(bearerToken(event.headers?.authorization));
  },
});

/** For the `/v1` platform routes: an organization's API key or session token. */
export const platformAuth = (): Middleware => ({
  before: async ({ event }) => {
    event.platform = await platformCredentialOf(event.headers);
  },
});

export interface RequestSchemas {
  body?: ZodType;
  query?: ZodType;
  params?: ZodType;
}

export const validate = (schemas: RequestSchemas): Middleware => ({
  before: ({ event }) => {
    const parts = {
      params: [schemas.params, event.pathParameters ?? {}],
      query: [schemas.query, event.queryStringParameters ?? {}],
      body: [schemas.body, event.jsonBody],
    } as const;
    const validated: Record<string, unknown> = {};
    const errors = [];
    for (const [part, [schema, input]] of Object.entries(parts)) {
      if (!schema) continue;
      // reportInput: tells a missing field ("Required.") from a wrong type ("expected string, received number")
      const result = schema.safeParse(input, { reportInput: true });
      if (result.success) validated[part] = result.data;
      else errors.push(...zodIssuesToFieldErrors(result.error.issues, part));
    }
    if (errors.length > 0) throw validationFailed(errors);
    event.validated = validated;
  },
});
