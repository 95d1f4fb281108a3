import { presentedKey, refusal } from '../api-keys/api-key-auth.ts';
import { type ApiKeyPrincipal, verifyApiKey } from '../api-keys/verify.ts';
import { ApiError } from '../platform/errors.ts';
import { looksLikeJwt, type OrgSessionPrincipal, verifyOrgSession } from './tokens.ts';

/**
 * What the `/v1` platform routes and the exported authorizer accept: an organization's API
 * key, or one of its session tokens (a member's, from `POST /orgs/{orgId}/session`). One
 * verification path, one context: `orgId`, `mode`, `permissions`, and `keyId` or `userId`.
 */
export type PlatformPrincipal =
  | ({ kind: 'apiKey' } & ApiKeyPrincipal)
  | ({ kind: 'orgSession' } & OrgSessionPrincipal);

/** An expired session token says so; any other token that does not verify is an unknown credential. */
const sessionRefused = (reason: 'expired' | 'invalid') =>
  reason === 'invalid'
    ? refusal('API_KEY_INVALID')
    : new ApiError('UNAUTHENTICATED', 'The session token has expired.', {
        headers: {
          'www-authenticate':
            'Bearer error="invalid_token", error_description="The session token has expired."',
        },
      });

export type PlatformVerification =
  | { ok: true; principal: PlatformPrincipal }
  | { ok: false; error: ApiError };

export async function verifyPlatformCredential(candidate: string): Promise<PlatformVerification> {
  if (looksLikeJwt(candidate)) {
    const session = await verifyOrgSession(candidate);
    if (!session.ok) return { ok: false, error: sessionRefused(session.reason) };
    return { ok: true, principal: { kind: 'orgSession', ...session.principal } };
  }
  const key = await verifyApiKey(candidate);
  if (!key.ok) return { ok: false, error: refusal(key.code) };
  return { ok: true, principal: { kind: 'apiKey', ...key.principal } };
}

/** The credential of a request: `Authorization: Bearer <key or token>` or `X-Api-Key: <key>`. */
export async function platformCredentialOf(
  headers: Record<string, string | undefined> | undefined,
): Promise<PlatformPrincipal> {
  const candidate = presentedKey(headers);
  if (!candidate) {
    throw new ApiError(
      'API_KEY_INVALID',
      'An API key or an organization session token is required (Authorization: Bearer <credential>).',
      { headers: { 'www-authenticate': 'Bearer' } },
    );
  }
  const verification = await verifyPlatformCredential(candidate);
  if (!verification.ok) throw verification.error;
  return verification.principal;
}
