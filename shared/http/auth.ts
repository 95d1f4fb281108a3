import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import { requireEnv } from '../config/env.ts';
import { ApiError } from './errors.ts';

export interface Caller {
  userId: string;
  /** normalized (trimmed, lower-case); absent when the token carries none */
  email?: string;
  emailVerified: boolean;
  name?: string;
}

const ALGORITHMS = ['RS256', 'ES256'];
const CLOCK_TOLERANCE_SECONDS = 60;

// Cached across invocations of a warm Lambda: jose keeps the fetched keys and
// refetches only on an unknown `kid` (with a cooldown).
let jwks: { url: string; keySet: ReturnType<typeof createRemoteJWKSet> } | undefined;

function keySet() {
  const url = requireEnv('AUTH_JWKS_URL');
  if (jwks?.url !== url) jwks = { url, keySet: createRemoteJWKSet(new URL(url)) };
  return jwks.keySet;
}

export const unauthenticated = (detail: string) =>
  new ApiError('UNAUTHENTICATED', detail, undefined, {
    'www-authenticate': `Bearer error="invalid_token", error_description="${detail.replace(/["\\]|[^\x20-\x7e]/g, "'")}"`,
  });

export function bearerToken(authorization: string | undefined): string {
  if (!authorization) {
    throw new ApiError('UNAUTHENTICATED', 'A bearer token is required.', undefined, {
      'www-authenticate': 'Bearer',
    });
  }
  const match = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated('The Authorization header is not a bearer JWT.');
  return match[1];
}

export async function verifyToken(token: string): Promise<Caller> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keySet(), {
      algorithms: ALGORITHMS,
      issuer: requireEnv('AUTH_ISSUER'),
      audience: requireEnv('AUTH_AUDIENCE'),
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    throw unauthenticated(describeJoseError(error));
  }
  return callerFromClaims(payload);
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `The token's "${error.claim}" claim is not valid.`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The token was not signed by a known key.';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token’s signing algorithm is not allowed.';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is not valid.';
  if (error instanceof joseErrors.JOSEError) return 'The token is not valid.';
  throw error;
}

function callerFromClaims(payload: JWTPayload): Caller {
  const sub = payload.sub;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) {
    throw unauthenticated('The token has no valid subject.');
  }
  const email = typeof payload.email === 'string' ? normalizeEmail(payload.email) : undefined;
  return {
    userId: sub,
    email: email || undefined,
    emailVerified: payload.email_verified === true,
    name: typeof payload.name === 'string' ? payload.name.slice(0, 200) : undefined,
  };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
