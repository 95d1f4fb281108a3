import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { secret } from '../config/secrets.ts';
import { validationFailed } from '../errors.ts';

type Key = Record<string, unknown>;

const IV_BYTES = 12;
const TAG_BYTES = 16;

let derived: { from: string; key: Buffer } | undefined;

/** A 256-bit AES key derived from CURSOR_SECRET (HKDF-SHA256), once per secret value. */
async function cursorKey(): Promise<Buffer> {
  const from = await secret('cursorSecret');
  if (derived?.from !== from) {
    derived = { from, key: Buffer.from(hkdfSync('sha256', from, 'orgs', 'cursor-aes-256-gcm-v1', 32)) };
  }
  return derived.key;
}

/**
 * An opaque cursor: the LastEvaluatedKey encrypted with AES-256-GCM, so it shows
 * no keys, ids or emails. The list it belongs to (`scope`: route, org, filter) is
 * the additional authenticated data: a cursor moved to another list, org or
 * filter, or changed by one bit, fails authentication (400).
 */
export async function encodeCursor(lastKey: Key | undefined, scope: string): Promise<string | null> {
  if (!lastKey) return null;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', await cursorKey(), iv);
  cipher.setAAD(Buffer.from(scope, 'utf8'));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(lastKey), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

export async function decodeCursor(cursor: string | undefined, scope: string): Promise<Key | undefined> {
  if (cursor === undefined) return undefined;
  const invalid = () => validationFailed([{ path: 'query.cursor', message: 'Not a cursor of this list.' }]);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw invalid();
  try {
    const decipher = createDecipheriv('aes-256-gcm', await cursorKey(), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(scope, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
    const key = JSON.parse(plain.toString('utf8')) as unknown;
    if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalid();
    return key as Key;
  } catch {
    throw invalid();
  }
}
