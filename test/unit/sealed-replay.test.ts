import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../../shared/platform/config/env.ts';
import { sealerFor } from '../../shared/platform/idempotency/sealed-replay.ts';

/**
 * A secret shown once (an API key, a webhook signing secret) is stored sealed inside the
 * Idempotency-Key record. Idempotency-Keys are often guessable (`ci-key-1`), and the scope
 * (method, path, caller id) is in the table: whoever holds a table dump and guesses the key must
 * still not open the record without the server-side secret.
 */

const scope = 'POST /orgs/org_1/api-keys:user_1';
const guessable = 'ci-key-1';
const apiKey = 'orgs_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEF';

/** What a dictionary attack on a dump tries: a key made from what the request and the table show. */
const keysFromRequestOnly = (idempotencyKey: string) => [
  // the v1 derivation: SHA-256 of the scope and the Idempotency-Key
  createHash('sha256').update(`orgs secret replay\0${scope}\0${idempotencyKey}`).digest(),
  createHash('sha256').update(`${scope}\0${idempotencyKey}`).digest(),
  createHash('sha256').update(idempotencyKey).digest(),
];

function tryOpen(sealed: string, key: Buffer): string | undefined {
  const [iv, data, tag] = sealed
    .replace(/^sealed:v\d+:/, '')
    .split('.')
    .map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !data || !tag) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** A record as the first version stored it (key from the Idempotency-Key and the scope). */
function sealedV1(secret: string, idempotencyKey: string) {
  const key = createHash('sha256').update(`orgs secret replay\0${scope}\0${idempotencyKey}`).digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `sealed:v1:${[iv, data, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.')}`;
}

const saved = process.env.CURSOR_SECRET;
beforeEach(() => {
  process.env.CURSOR_SECRET = 'server-side-secret-of-this-test';
  resetEnvForTests();
});
afterEach(() => {
  if (saved === undefined) delete process.env.CURSOR_SECRET;
  else process.env.CURSOR_SECRET = saved;
  resetEnvForTests();
});

describe('sealed replays', () => {
  it('a record sealed for a guessable key cannot be opened with only the key and the scope', async () => {
    const sealer = await sealerFor(guessable, scope);
    const sealed = sealer?.seal(apiKey) ?? '';
    expect(sealed).toMatch(/^sealed:/);
    expect(sealed).not.toContain(apiKey);
    for (const key of keysFromRequestOnly(guessable)) expect(tryOpen(sealed, key)).toBeUndefined();
  });

  it('opens with the same Idempotency-Key and the same server secret, not with another of either', async () => {
    const sealed = (await sealerFor(guessable, scope))?.seal(apiKey) ?? '';
    expect((await sealerFor(guessable, scope))?.open(sealed)).toBe(apiKey);
    await expect(async () => (await sealerFor('ci-key-2', scope))?.open(sealed)).rejects.toThrow();
    await expect(async () => (await sealerFor(guessable, `${scope}x`))?.open(sealed)).rejects.toThrow();
    process.env.CURSOR_SECRET = 'another-server-secret';
    resetEnvForTests();
    await expect(async () => (await sealerFor(guessable, scope))?.open(sealed)).rejects.toThrow();
  });

  it('records stored before the server secret sealed them still open until they expire', async () => {
    const old = sealedV1(apiKey, guessable);
    expect((await sealerFor(guessable, scope))?.open(old)).toBe(apiKey);
    const fresh = (await sealerFor(guessable, scope))?.seal(apiKey) ?? '';
    expect(fresh.startsWith('sealed:v1:')).toBe(false);
  });

  it('without an Idempotency-Key nothing is stored, so nothing is sealed', async () => {
    expect(await sealerFor(undefined, scope)).toBeUndefined();
  });
});
