import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { projectRoot } from './handler-loader.ts';

/** The local stack's own token issuer, used when no AUTH_* variables are set. */
export const DEV_ISSUER = 'orgs-local-dev-issuer';
export const DEV_AUDIENCE = 'orgs-api';
export const DEV_JWKS_PATH = '/__dev/jwks.json';
const KID = 'orgs-local-dev-key';

// The key outlives `--in-memory` runs so tokens printed earlier keep working.
const keyFile = () =>
  path.join(process.env.LOCAL_DATA_DIR ?? path.join(projectRoot, '.local'), 'dev-issuer-key.json');

async function privateJwk(): Promise<JWK> {
  try {
    return JSON.parse(readFileSync(keyFile(), 'utf8')) as JWK;
  } catch {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'ES256' };
    mkdirSync(path.dirname(keyFile()), { recursive: true });
    try {
      writeFileSync(keyFile(), JSON.stringify(jwk), { flag: 'wx', mode: 0o600 });
      return jwk;
    } catch {
      // another process created it first: use theirs
      return JSON.parse(readFileSync(keyFile(), 'utf8')) as JWK;
    }
  }
}

export async function devJwks(): Promise<{ keys: JWK[] }> {
  const { d: _private, ...publicJwk } = await privateJwk();
  return { keys: [publicJwk] };
}

export interface DevTokenOptions {
  email: string;
  name?: string;
  sub?: string;
  emailVerified?: boolean;
  expiresIn?: string;
  /** RFC 8176 `amr` values, e.g. ['pwd', 'mfa'] (none: the claim is absent) */
  amr?: string[];
}

/** The same email always gets the same user id unless `sub` is given. */
export const devUserId = (email: string) =>
  `user_${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 20)}`;

export async function signDevToken(options: DevTokenOptions): Promise<string> {
  const jwk = await privateJwk();
  const key = await importJWK(jwk, 'ES256');
  return new SignJWT({
    email: options.email,
    email_verified: options.emailVerified ?? true,
    ...(options.name ? { name: options.name } : {}),
    ...(options.amr && options.amr.length > 0 ? { amr: options.amr } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: KID, typ: 'JWT' })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(options.sub ?? devUserId(options.email))
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(key);
}
