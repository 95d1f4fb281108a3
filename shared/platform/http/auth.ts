import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import { env, requiredEnv } from '../config/env.ts';
import { unavailable } from '../dependency-faults.ts';
import { cleanDisplayName } from '../domain/display-name.ts';
import { normalizeEmail } from '../domain/email.ts';
import { ApiError } from '../errors.ts';
import { VerifiedTokens } from './verified-tokens.ts';

export interface Caller {
  userId: string;
  /** normalized (trimmed, lower-case); absent when the token carries none */
  email?: string;
  emailVerified: boolean;
  name?: string;
  /** RFC 8176 authentication methods (`amr`), as the token says: the security policy's requireMfa reads them */
  amr?: string[];
}

const ALGORITHMS = ['RS256', 'ES256'];
const CLOCK_TOLERANCE_SECONDS = 60;

// Cached across invocations of a warm Lambda: jose keeps the fetched keys and
// refetches only on an unknown `kid` (with a cooldown).
let jwks: { url: string; keySet: ReturnType<typeof createRemoteJWKSet> } | undefined;

function keySet() {
  const url = requiredEnv('AUTH_JWKS_URL');
  if (jwks?.url !== url) jwks = { url, keySet: createRemoteJWKSet(new URL(url)) };
  return jwks.keySet;
}

/**
 * Starts fetching the issuer's keys while the container initializes (imported by every
 * person-facing handler), so a cold start's first request does not wait for it alone.
 * A failure is forgotten: the first verification fetches again and answers for it.
 */
export function prefetchJwks(): void {
  try {
    if (!env().AUTH_JWKS_PREFETCH || !env().AUTH_JWKS_URL) return;
    keySet()
      .reload()
      .catch(() => undefined);
  } catch {
    // a configuration error is reported by the first request, as without the prefetch
  }
}

export const unauthenticated = (detail: string) =>
  new ApiError('UNAUTHENTICATED', detail, {
    headers: {
      'www-authenticate': `Bearer error="invalid_token", error_description="${detail.replace(/["\\]|[^\x20-\x7e]/g, "'")}"`,
    },
  });

export function bearerToken(authorization: string | undefined): string {
  if (!authorization) {
    throw new ApiError('UNAUTHENTICATED', 'A bearer token is required.', {
      headers: { 'www-authenticate': 'Bearer' },
    });
  }
  const match = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated('The Authorization header is not a bearer JWT.');
  return match[1];
}

const verified = new VerifiedTokens<Caller>();

export async function verifyToken(token: string): Promise<Caller> {
  const issuer = requiredEnv('AUTH_ISSUER');
  const audience = requiredEnv('AUTH_AUDIENCE');
  const cacheKey = `${issuer}\n${audience}\n${requiredEnv('AUTH_JWKS_URL')}\n${token}`;
  const known = verified.get(cacheKey);
  if (known) return known;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keySet(), {
      algorithms: ALGORITHMS,
      issuer,
      audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    // the issuer's keys could not be fetched in time: the token may be fine, the IdP is slow
    if (error instanceof joseErrors.JWKSTimeout) throw unavailable('timeout');
    throw unauthenticated(describeJoseError(error));
  }
  const caller = Object.freeze(callerFromClaims(payload));
  // `exp` is required: past it (and the tolerance) the token is verified again, and refused
  verified.set(cacheKey, caller, ((payload.exp ?? 0) + CLOCK_TOLERANCE_SECONDS) * 1000);
  return caller;
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

/** Longest email address (RFC 5321 path limit); longer claims are refused. */
export const EMAIL_MAX = 254;
/** Longest subject: it is a path segment (`/members/{userId}`) and part of table keys. */
export const SUB_MAX = 255;

/**
 * Printable ASCII except what a URL path would split, decode or collapse
 * (`/`, `\`, `?`, `#`, `%`), and not a dot segment (`.`, `..`).
 */
const SAFE_SUB = /^[\x21-\x7e]+$/;
const PATH_BREAKING = /[/\\?#%]/;

function subjectOf(sub: unknown): string {
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > SUB_MAX) {
    throw unauthenticated(`The token's "sub" claim must be 1 to ${SUB_MAX} characters.`);
  }
  if (!SAFE_SUB.test(sub) || PATH_BREAKING.test(sub) || sub === '.' || sub === '..') {
    throw unauthenticated(
      `The token's "sub" claim must be printable ASCII without spaces, "/", "\\", "?", "#", "%", and not "." or "..".`,
    );
  }
  return sub;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const EMAIL_SHAPE = /^[^\s@\u0000-\u001f\u007f-\u009f]+@[^\s@\u0000-\u001f\u007f-\u009f]+$/u;

function emailOf(claim: unknown): string | undefined {
  if (claim === undefined || claim === null) return undefined;
  if (typeof claim !== 'string') throw unauthenticated(`The token's "email" claim is not a string.`);
  const email = normalizeEmail(claim);
  if (email.length === 0) return undefined;
  if (email.length > EMAIL_MAX) {
    throw unauthenticated(`The token's "email" claim is longer than ${EMAIL_MAX} characters.`);
  }
  if (!email.isWellFormed() || !EMAIL_SHAPE.test(email)) {
    throw unauthenticated(`The token's "email" claim is not an email address.`);
  }
  return email;
}

function callerFromClaims(payload: JWTPayload): Caller {
  const name = typeof payload.name === 'string' ? cleanDisplayName(payload.name) : undefined;
  return {
    userId: subjectOf(payload.sub),
    email: emailOf(payload.email),
    emailVerified: payload.email_verified === true,
    // a name that fails the display-name rule is cleaned, or dropped when nothing visible is left
    name,
    amr: Array.isArray(payload.amr) ? payload.amr.filter((method) => typeof method === 'string') : [],
  };
}

/** Creating organizations and inviting need a verified email (no anonymous sender of our emails). */
export function requireVerifiedEmail(caller: Caller): string {
  if (!caller.email || !caller.emailVerified) {
    throw new ApiError(
      'VERIFIED_EMAIL_REQUIRED',
      'Verify your email address with your sign-in provider before creating organizations or inviting.',
    );
  }
  return caller.email;
}
