import { ApiError } from '../platform/errors.ts';
import { type RefusalCode, refusalDetail } from './domain/api-keys.ts';

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
  if (code === 'PAYMENT_REQUIRED') return new ApiError('PAYMENT_REQUIRED', refusalDetail[code]);
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
