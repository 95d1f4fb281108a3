// Typed readers for decoded form parameters, with Stripe's validation errors.
import type Stripe from 'stripe';
import { invalidParameter, unknownParameter } from './errors.ts';
import type { FormHash, FormValue } from './form.ts';

function joinParam(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}[${key}]`;
}

/** Stripe rejects any parameter it does not know: `Received unknown parameter: foo`. */
export function rejectUnknown(params: FormHash, allowed: readonly string[], prefix = ''): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) throw unknownParameter(joinParam(prefix, key));
  }
}

/** `undefined` = not sent, `null` = sent empty (Stripe's way of unsetting a field). */
export function readString(params: FormHash, key: string, prefix = ''): string | null | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidParameter(joinParam(prefix, key), 'Invalid string');
  return value === '' ? null : value;
}

export function readHash(params: FormHash, key: string, prefix = ''): FormHash | null | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (value === '') return null;
  if (typeof value === 'string') throw invalidParameter(joinParam(prefix, key), 'Invalid object');
  return value;
}

/** Lists arrive as `key[0]=a&key[1]=b` (stripe-node) or `key[]=a&key[]=b` (curl); both decode to a numeric-keyed hash. */
export function readList(params: FormHash, key: string): string[] | undefined {
  const value: FormValue | undefined = params[key];
  if (value === undefined) return undefined;
  if (value === '') return [];
  if (typeof value === 'string') throw invalidParameter(key, 'Invalid array');
  const indices = Object.keys(value);
  if (!indices.every((index) => /^\d+$/.test(index))) throw invalidParameter(key, 'Invalid array');
  return indices
    .sort((a, b) => Number(a) - Number(b))
    .map((index) => {
      const item = value[index];
      if (typeof item !== 'string') throw invalidParameter(`${key}[${index}]`, 'Invalid string');
      return item;
    });
}

export function readExpand(params: FormHash): string[] {
  return readList(params, 'expand') ?? [];
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readEmail(params: FormHash, key: string): string | null | undefined {
  const email = readString(params, key);
  if (email && !EMAIL_PATTERN.test(email)) {
    throw invalidParameter(key, `Invalid email address: ${email}`);
  }
  return email;
}

/** Metadata update: `null` clears everything, `''` on a key deletes that key (applied by `mergeMetadata`). */
export function readMetadata(params: FormHash): Record<string, string> | null | undefined {
  const hash = readHash(params, 'metadata');
  if (hash === undefined || hash === null) return hash;
  const keys = Object.keys(hash);
  if (keys.length > 50) throw invalidParameter('metadata', 'You can specify up to 50 keys in metadata.');
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = hash[key];
    const param = `metadata[${key}]`;
    if (typeof value !== 'string') throw invalidParameter(param, 'Metadata values must be strings.');
    if (key.length > 40) throw invalidParameter(param, 'Metadata keys can have up to 40 characters.');
    if (value.length > 500) throw invalidParameter(param, 'Metadata values can have up to 500 characters.');
    out[key] = value;
  }
  return out;
}

export function mergeMetadata(
  current: Stripe.Metadata,
  update: Record<string, string> | null | undefined,
): Stripe.Metadata {
  if (update === undefined) return current;
  if (update === null) return {};
  const merged: Stripe.Metadata = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

const ADDRESS_KEYS = ['city', 'country', 'line1', 'line2', 'postal_code', 'state'] as const;

export function emptyAddress(): Stripe.Address {
  return { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };
}

/** Reads `address[...]` and merges it over `current` (fields not sent are kept, `''` clears a field). */
export function readAddress(
  params: FormHash,
  key: string,
  current: Stripe.Address | null | undefined,
): Stripe.Address | null | undefined {
  const hash = readHash(params, key);
  if (hash === undefined || hash === null) return hash;
  rejectUnknown(hash, ADDRESS_KEYS, key);
  const address: Stripe.Address = { ...emptyAddress(), ...current };
  for (const field of ADDRESS_KEYS) {
    const value = readString(hash, field, key);
    if (value !== undefined) address[field] = value;
  }
  return address;
}
