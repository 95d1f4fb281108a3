import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * API key format: `orgs_<test|live>_<random><checksum>`.
 * - random: 24 random bytes (192 bits) in base62, always 33 characters;
 * - checksum: CRC32 of everything before it, base62, always 6 characters.
 * The checksum lets a verifier refuse a typo without any I/O, and lets secret
 * scanners recognise the keys (prefix + fixed length + checksum).
 */
export const KEY_PREFIX = 'orgs';
export type KeyMode = 'sandbox' | 'production';

const RANDOM_BYTES = 24;
const RANDOM_CHARS = 33; // ceil(192 / log2(62))
const CHECKSUM_CHARS = 6; // ceil(32 / log2(62))
const START_CHARS = 4;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const modeTag = { sandbox: 'test', production: 'live' } as const;
const tagMode = { test: 'sandbox', live: 'production' } as const;

/** Fixed-width base62 of a big-endian unsigned number. */
export function base62(bytes: Uint8Array, width: number): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let out = '';
  while (value > 0n) {
    out = ALPHABET[Number(value % 62n)] + out;
    value /= 62n;
  }
  return out.padStart(width, '0');
}

export const checksumOf = (body: string) => {
  const crc = crc32(body);
  return base62(
    new Uint8Array([crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]),
    CHECKSUM_CHARS,
  );
};

const KEY_PATTERN = new RegExp(
  `^${KEY_PREFIX}_(test|live)_([0-9A-Za-z]{${RANDOM_CHARS}})([0-9A-Za-z]{${CHECKSUM_CHARS}})$`,
);

export interface NewKey {
  key: string;
  hash: string;
  start: string;
}

export function generateApiKey(mode: KeyMode): NewKey {
  const body = `${KEY_PREFIX}_${modeTag[mode]}_${base62(randomBytes(RANDOM_BYTES), RANDOM_CHARS)}`;
  const key = `${body}${checksumOf(body)}`;
  return { key, hash: hashApiKey(key), start: startOf(key) };
}

/** What people see to tell keys apart: prefix, mode and a few characters (never enough to guess). */
export const startOf = (key: string) => key.slice(0, `${KEY_PREFIX}_test_`.length + START_CHARS);

/** The only form a key is stored in. */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** The mode a well-formed key with a valid checksum claims, else undefined. No I/O. */
export function parseApiKey(candidate: string): { mode: KeyMode } | undefined {
  if (candidate.length > 64) return undefined;
  const match = KEY_PATTERN.exec(candidate);
  if (!match) return undefined;
  const [, tag, random, checksum] = match as unknown as [string, 'test' | 'live', string, string];
  if (checksumOf(`${KEY_PREFIX}_${tag}_${random}`) !== checksum) return undefined;
  return { mode: tagMode[tag] };
}
