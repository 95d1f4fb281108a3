import type middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ApiError } from '../platform/errors.ts';
import type { RouteEvent } from '../platform/http/request.ts';
import { type RefusalCode, refusalDetail } from './domain/api-keys.ts';
import { verifyApiKey } from './verify.ts';

/**
 * The presented key: `Authorization: Bearer <key>` or `X-Api-Key: <key>`. Anything
 * else (no header, another scheme, a JWT) is passed on as is and fails verification
 * as `API_KEY_INVALID` (a JWT never has a key's format).
 */
export function presentedKey(headers: Record<string, string | undefined> | undefined): string | undefined {
  const authorization = headers?.authorization?.trim();
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ?? authorization;
  }
  return headers?.['x-api-key']?.trim() || undefined;
}

export function refusal(code: RefusalCode): ApiError {
  if (code === 'ORG_NOT_ACTIVE') {
    return new ApiError('ORG_NOT_ACTIVE', refusalDetail[code], { status: 403 });
  }
  // never echoes the presented value: it may be a real key with a typo
  return new ApiError(code, refusalDetail[code], {
    headers: {
      'www-authenticate': `Bearer error="invalid_token", error_description="${refusalDetail[code].replace(/"/g, "'")}"`,
    },
  });
}

type Middleware = middy.MiddlewareObj<RouteEvent, APIGatewayProxyStructuredResultV2>;

/** For the `/v1` platform routes: the API key is the only credential they take. */
export const apiKeyAuth = (): Middleware => ({
  before: async ({ event }) => {
    const candidate = presentedKey(event.headers);
    if (!candidate) {
      throw new ApiError('API_KEY_INVALID', 'An API key is required (Authorization: Bearer <key>).', {
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    const verification = await verifyApiKey(candidate);
    if (!verification.ok) throw refusal(verification.code);
    event.apiKey = verification.principal;
  },
});
