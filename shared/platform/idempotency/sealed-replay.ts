import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { RouteResult } from '../http/request.ts';

/**
 * A "shown once" secret inside a stored Idempotency-Key response is kept sealed
 * (AES-256-GCM) with a key derived from the Idempotency-Key value itself, which is
 * never stored (the record holds a different hash of it). Only a retry presenting
 * the same Idempotency-Key can open it: the table holds no usable secret at rest.
 */
const PREFIX = 'sealed:v1:';

const keyOf = (idempotencyKey: string, scope: string) =>
  createHash('sha256').update(`orgs secret replay\0${scope}\0${idempotencyKey}`).digest();

export interface Sealer {
  seal(secret: string): string;
  open(sealed: string): string;
}

export function sealerFor(idempotencyKey: string | undefined, scope: string): Sealer | undefined {
  if (idempotencyKey === undefined) return undefined;
  const key = keyOf(idempotencyKey, scope);
  return {
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `${PREFIX}${[iv, data, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.')}`;
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) return sealed;
      const [iv, data, tag] = sealed
        .slice(PREFIX.length)
        .split('.')
        .map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !data || !tag) throw new Error('malformed sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
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
export const sealerOf = (
  headers: Record<string, string | undefined>,
  idempotency: { scope: string } | undefined,
) => (idempotency ? sealerFor(headers['idempotency-key'], idempotency.scope) : undefined);

/** `route({ onReplay })` for routes whose response carries a secret. */
export const openReplay = (
  result: RouteResult,
  idempotency: { scope: string },
  headers: Record<string, string | undefined>,
) => openedResponse(result, sealerOf(headers, idempotency));
