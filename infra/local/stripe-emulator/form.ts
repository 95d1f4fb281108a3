// Decodes Stripe's form encoding (`a[b][c]=v`, `list[0]=x`, `list[]=y`) into nested objects.
import { invalidRequest } from './errors.ts';

/** A decoded value: a string leaf or a hash. Lists arrive as hashes with numeric keys (see `asList`). */
export type FormValue = string | FormHash;
export interface FormHash {
  [key: string]: FormValue;
}

const KEY_PATTERN = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

function splitKey(rawKey: string): string[] {
  const match = KEY_PATTERN.exec(rawKey);
  if (!match) return [rawKey];
  const [, base = rawKey, brackets = ''] = match;
  const rest = brackets === '' ? [] : brackets.slice(1, -1).split('][');
  return [base, ...rest];
}

function isHash(value: FormValue | undefined): value is FormHash {
  return typeof value === 'object' && value !== null;
}

/**
 * `URLSearchParams` does the percent-decoding; this rebuilds the nesting. An empty segment (`[]`) appends
 * to a list, numeric segments (`[0]`, what stripe-node sends) become hash keys that `asList` reads in order.
 */
export function parseForm(text: string): FormHash {
  const root: FormHash = Object.create(null);
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const segments = splitKey(rawKey);
    let node: FormHash = root;
    for (let i = 0; i < segments.length; i++) {
      let segment = segments[i] ?? '';
      if (segment === '') segment = String(Object.keys(node).length);
      if (i === segments.length - 1) {
        if (isHash(node[segment]))
          throw invalidRequest(`Invalid hash: ${rawKey} cannot be both a hash and a value`);
        node[segment] = value;
        break;
      }
      const existing = node[segment];
      if (existing === undefined) {
        const child: FormHash = Object.create(null);
        node[segment] = child;
        node = child;
      } else if (isHash(existing)) {
        node = existing;
      } else {
        throw invalidRequest(
          `Invalid hash: ${segments.slice(0, i + 1).join('[')} cannot be both a value and a hash`,
        );
      }
    }
  }
  return root;
}

/** Deterministic serialisation (sorted keys) so equal parameter sets compare equal for idempotency. */
export function canonicalForm(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalForm(value[key] ?? '')}`).join(',')}}`;
}
