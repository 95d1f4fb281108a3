import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { secret as appSecret } from '../config/secrets.ts';
import type { RouteResult } from '../http/request.ts';

/**
 * A "shown once" secret inside a stored Idempotency-Key response is kept sealed
 * (AES-256-GCM). Its key is derived from a server-side secret (HKDF of CURSOR_SECRET,
 * `cursorSecret` in AppSecrets deployed, with an `info` of its own) and the scope and
 * Idempotency-Key of the request (never stored: the record holds a different hash of it).
 * So only a retry presenting the same Idempotency-Key opens it, and a table dump opens
 * nothing even when the key is guessable (`ci-key-1`): the secret is not in the table.
 */
const PREFIX = 'sealed:v2:';

/**
 * The first format, sealed with a key derived from the scope and the Idempotency-Key alone:
 * records written before v2 still open this way until they expire (24 h after they were written);
 * nothing is sealed this way any more. Remove once no v1 record can be left.
 */
const V1_PREFIX = 'sealed:v1:';
const v1KeyOf = (idempotencyKey: string, scope: string) =>
  createHash('sha256').update(`orgs secret replay\0${scope}\0${idempotencyKey}`).digest();

let derived: { from: string; key: Buffer } | undefined;

/** The sealing master key: HKDF-SHA256 of the server secret, once per secret value. */
async function masterKey(): Promise<Buffer> {
  const from = await appSecret('cursorSecret');
  if (derived?.from !== from) {
    derived = { from, key: Buffer.from(hkdfSync('sha256', from, 'orgs', 'idempotent-replay-seal-v2', 32)) };
  }
  return derived.key;
}

/** One record's key: HMAC of the scope and the Idempotency-Key (any length) under the master key. */
const keyOf = (master: Buffer, idempotencyKey: string, scope: string) =>
  createHmac('sha256', master).update(`${scope}\0${idempotencyKey}`, 'utf8').digest();

export interface Sealer {
  seal(secret: string): string;
  open(sealed: string): string;
}

function openWith(key: Buffer, sealed: string): string {
  const [iv, data, tag] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !data || !tag) throw new Error('malformed sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

export async function sealerFor(
  idempotencyKey: string | undefined,
  scope: string,
): Promise<Sealer | undefined> {
  if (idempotencyKey === undefined) return undefined;
  const key = keyOf(await masterKey(), idempotencyKey, scope);
  return {
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `${PREFIX}${[iv, data, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.')}`;
    },
    open(sealed) {
      if (sealed.startsWith(PREFIX)) return openWith(key, sealed.slice(PREFIX.length));
      if (sealed.startsWith(V1_PREFIX)) {
        return openWith(v1KeyOf(idempotencyKey, scope), sealed.slice(V1_PREFIX.length));
      }
      return sealed;
    },
  };
}

/** The response fields that carry a secret shown once: an API key, a webhook signing secret. */
const SECRET_FIELDS = ['key', 'secret'] as const;

function mapSecrets(result: RouteResult, change: (secret: string) => string): RouteResult {
  const body = result.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return result;
  const changed = { ...body };
  for (const field of SECRET_FIELDS) {
    const value = changed[field];
    if (typeof value === 'string') changed[field] = change(value);
  }
  return { ...result, body: changed };
}

/** The response as stored: its secrets sealed (nothing is stored without an Idempotency-Key). */
export function sealedResponse(result: RouteResult, sealer: Sealer | undefined): RouteResult {
  return sealer ? mapSecrets(result, (secret) => sealer.seal(secret)) : result;
}

/** The response as sent: its secrets opened again. */
export function openedResponse(result: RouteResult, sealer: Sealer | undefined): RouteResult {
  return sealer ? mapSecrets(result, (secret) => sealer.open(secret)) : result;
}

/** The sealer of a route's Idempotency-Key (none without the header). */
export const sealerOf = async (
  headers: Record<string, string | undefined>,
  idempotency: { scope: string } | undefined,
) => (idempotency ? sealerFor(headers['idempotency-key'], idempotency.scope) : undefined);

/** `route({ onReplay })` for routes whose response carries a secret. */
export const openReplay = async (
  result: RouteResult,
  idempotency: { scope: string },
  headers: Record<string, string | undefined>,
) => openedResponse(result, await sealerOf(headers, idempotency));
