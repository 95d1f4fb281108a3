// API key check: `Authorization: Bearer sk_...` (or curl's `-u sk_...:` Basic form), as Stripe accepts both.
import { invalidApiKey, missingApiKey } from './errors.ts';

/** Returns the secret key, or throws Stripe's 401 error. Any key starting with `sk_` is accepted. */
export function authenticate(header: string | undefined): string {
  if (!header || header.trim() === '') throw missingApiKey();
  const [scheme = '', credentials = ''] = header.trim().split(/\s+/, 2);
  let key = '';
  if (scheme.toLowerCase() === 'bearer') {
    key = credentials;
  } else if (scheme.toLowerCase() === 'basic') {
    key = Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] ?? '';
  } else {
    throw missingApiKey();
  }
  if (key === '') throw missingApiKey();
  if (!key.startsWith('sk_')) throw invalidApiKey(key);
  return key;
}
