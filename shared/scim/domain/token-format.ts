import { randomBytes } from 'node:crypto';
import { base62, checksumOf, hashApiKey, KEY_PREFIX } from '../../api-keys/domain/format.ts';

/**
 * SCIM token format: `orgs_scim_<33 base62 random characters><6 base62 CRC32 checksum>`, the
 * API key machinery (random part, checksum, SHA-256 at rest) under its own tag, so a SCIM
 * token is never taken for an API key nor the reverse, and secret scanners tell them apart.
 */
const TAG = 'scim';
const RANDOM_BYTES = 24;
const RANDOM_CHARS = 33;
const CHECKSUM_CHARS = 6;
const START_CHARS = 4;
const PREFIX = `${KEY_PREFIX}_${TAG}_`;
const PATTERN = new RegExp(`^${PREFIX}([0-9A-Za-z]{${RANDOM_CHARS}})([0-9A-Za-z]{${CHECKSUM_CHARS}})$`);

export interface NewScimToken {
  token: string;
  hash: string;
  start: string;
}

export function generateScimToken(): NewScimToken {
  const body = `${PREFIX}${base62(randomBytes(RANDOM_BYTES), RANDOM_CHARS)}`;
  const token = `${body}${checksumOf(body)}`;
  return { token, hash: hashApiKey(token), start: token.slice(0, PREFIX.length + START_CHARS) };
}

/** A well-formed SCIM token with a valid checksum (no I/O): a typo never reaches DynamoDB. */
export function isScimToken(candidate: string): boolean {
  if (candidate.length > 64) return false;
  const match = PATTERN.exec(candidate);
  if (!match) return false;
  return checksumOf(`${PREFIX}${match[1]}`) === match[2];
}

export const hashScimToken = hashApiKey;
