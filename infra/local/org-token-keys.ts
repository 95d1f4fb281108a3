import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * The local stack's organization-token signing keys (deployed they are KMS keys): a JWK
 * set persisted as `.local/org-token-keys.json`, or kept in memory with --in-memory. Like
 * the deployed keys they rotate in two steps: `next` publishes a new key beside the
 * signing one; `promote` makes the newest key sign and retires the others.
 */
export interface LocalOrgTokenKeys {
  signing: string;
  keys: (JWK & { kid: string })[];
}

export const orgTokenKeysFile = (dataDir: string) => path.join(dataDir, 'org-token-keys.json');

async function newKey(): Promise<JWK & { kid: string }> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `local-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
  return { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' };
}

/** The keys of `dataDir` (made on first use), or a fresh in-memory set without one. */
export async function loadOrgTokenKeys(dataDir?: string): Promise<LocalOrgTokenKeys> {
  const file = dataDir ? orgTokenKeysFile(dataDir) : undefined;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalOrgTokenKeys;
  const key = await newKey();
  const set = { signing: key.kid, keys: [key] };
  if (file) save(file, set);
  return set;
}

function save(file: string, set: LocalOrgTokenKeys) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(set, null, 2)}\n`, { mode: 0o600 });
}

/** Step 1 of a rotation: publish a new key; the current one keeps signing. */
export async function publishNextKey(file: string): Promise<LocalOrgTokenKeys> {
  const set = JSON.parse(readFileSync(file, 'utf8')) as LocalOrgTokenKeys;
  const next = { ...set, keys: [...set.keys, await newKey()] };
  save(file, next);
  return next;
}

/** Step 2, once verifiers have refreshed their key sets: the newest key signs; the others leave. */
export function promoteNewestKey(file: string): LocalOrgTokenKeys {
  const set = JSON.parse(readFileSync(file, 'utf8')) as LocalOrgTokenKeys;
  const newest = set.keys.at(-1);
  if (!newest || newest.kid === set.signing) throw new Error('No next key to promote: run `next` first');
  const promoted = { signing: newest.kid, keys: [newest] };
  save(file, promoted);
  return promoted;
}
