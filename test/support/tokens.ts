import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import {
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTHeaderParameters,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, devJwks } from '../../infra/local/dev-issuer.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';

/** The development issuer's key file: the same path logic as `infra/local/dev-issuer.ts`. */
export const devKeyFile = (dataDir = process.env.LOCAL_DATA_DIR ?? path.join(projectRoot, '.local')) =>
  path.join(dataDir, 'dev-issuer-key.json');

/**
 * The development issuer's private key. Without `dataDir` it is the key of this
 * process's issuer (created if absent, as the stack would); with `dataDir`, the
 * key a local stack started with `LOCAL_DATA_DIR=dataDir` created.
 */
export async function devPrivateKey(dataDir?: string): Promise<{ key: CryptoKey; kid: string }> {
  if (dataDir === undefined) await devJwks();
  const jwk = JSON.parse(readFileSync(devKeyFile(dataDir), 'utf8')) as JWK;
  return { key: (await importJWK(jwk, 'ES256')) as CryptoKey, kid: jwk.kid ?? '' };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Claims the local stack's development issuer would put in a token, for a fresh
 * user. An override set to `undefined` removes the claim.
 */
export function devClaims(overrides: JWTPayload = {}): JWTPayload {
  const sub = `user_${randomUUID().replaceAll('-', '')}`;
  const claims: JWTPayload = {
    iss: DEV_ISSUER,
    aud: DEV_AUDIENCE,
    sub,
    email: `${sub}@example.com`,
    email_verified: true,
    name: 'Token Test',
    iat: nowSeconds(),
    exp: nowSeconds() + 600,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}

/** Signs exactly the given claims (no defaults added) with the given key and header. */
export function signToken(
  key: CryptoKey | Uint8Array,
  header: JWTHeaderParameters,
  claims: JWTPayload,
): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ typ: 'JWT', ...header }).sign(key);
}

/** A token signed with the development issuer's own key (the key the local stack trusts). */
export async function signWithDevKey(claims: JWTPayload, dataDir?: string): Promise<string> {
  const { key, kid } = await devPrivateKey(dataDir);
  return signToken(key, { alg: 'ES256', kid }, claims);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsecured JWT (`alg: none`, empty signature), crafted by hand. */
export const unsignedToken = (claims: JWTPayload, header: Record<string, unknown> = {}) =>
  `${base64url({ alg: 'none', typ: 'JWT', ...header })}.${base64url(claims)}.`;

export interface TestKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  /** the public JWK as a JWKS publishes it */
  publicJwk: JWK;
}

/** A fresh signing key pair that no issuer knows about. */
export async function newKey(alg: 'ES256' | 'RS256' | 'ES384' | 'PS256', keyId?: string): Promise<TestKey> {
  const kid = keyId ?? randomUUID();
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export const signWith = (key: TestKey, claims: JWTPayload) =>
  signToken(key.privateKey, { alg: key.alg, kid: key.kid }, claims);

/** A tiny issuer: serves `{ keys }` at `/jwks.json` on a free local port. */
export async function serveJwks(
  keys: JWK[],
): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let count = 0;
  const server = createServer((request, response) => {
    if (request.url !== '/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    count += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
