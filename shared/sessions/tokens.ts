import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import type { MemberRecord } from '../members/domain/membership.ts';
import type { RoleKey } from '../members/domain/permissions.ts';
import type { OrgRecord } from '../orgs/domain/org.ts';
import { env, requiredEnv } from '../platform/config/env.ts';
import { type OrgSessionClaims, orgSessionClaims } from './domain/claims.ts';
import { signingKeys } from './signing-keys.ts';

/** Who an organization session token speaks for, as a `/v1` route or the authorizer sees it. */
export interface OrgSessionPrincipal {
  orgId: string;
  mode: 'sandbox' | 'production';
  userId: string;
  email: string;
  role: RoleKey;
  permissions: string[];
  expiresAt: string;
}

export const orgTokenIssuer = () => requiredEnv('ORG_TOKEN_ISSUER');

/** A JWT for one member in one organization, valid `ORG_TOKEN_TTL_SECONDS` (default 300). */
export async function issueOrgSession(
  member: MemberRecord,
  org: Pick<OrgRecord, 'id' | 'mode'>,
  email: string,
) {
  const { ORG_TOKEN_TTL_SECONDS: ttl, ORG_TOKEN_AUDIENCE: audience } = env();
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + ttl;
  const token = await signingKeys().sign({
    ...orgSessionClaims(member, org, email, randomUUID()),
    iss: orgTokenIssuer(),
    aud: audience,
    iat: issuedAt,
    exp: expiresAt,
  });
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/** A string shaped like a JWS (three base64url parts): an API key never is. */
export const looksLikeJwt = (candidate: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(candidate);

export type OrgSessionVerification =
  | { ok: true; principal: OrgSessionPrincipal }
  | { ok: false; reason: 'expired' | 'invalid' };

/** Offline: the published keys, ES256 only, this issuer and audience, 5 s of clock tolerance. */
export async function verifyOrgSession(token: string): Promise<OrgSessionVerification> {
  const keys = createLocalJWKSet({ keys: await signingKeys().publicKeys() });
  try {
    const { payload } = await jwtVerify<OrgSessionClaims>(token, keys, {
      algorithms: ['ES256'],
      issuer: orgTokenIssuer(),
      audience: env().ORG_TOKEN_AUDIENCE,
      clockTolerance: 5,
      requiredClaims: ['sub', 'org_id', 'exp'],
    });
    return {
      ok: true,
      principal: {
        orgId: payload.org_id,
        mode: payload.org_mode,
        userId: payload.sub,
        email: payload.email,
        role: payload.org_role,
        permissions: payload.org_permissions,
        expiresAt: new Date((payload.exp ?? 0) * 1000).toISOString(),
      },
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
    throw error;
  }
}
