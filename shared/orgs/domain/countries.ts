const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Region codes the runtime names that are not ISO 3166-1 countries. */
const notCountries = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);

/**
 * ISO 3166-1 alpha-2 (plus XK, which Stripe accepts), checked against the
 * runtime's region data; deprecated aliases (UK, SU, YU, ...) canonicalize to
 * another code and are refused.
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code) || regionNames.of(code) === code) return false;
  return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every code isCountryCode accepts, sorted (for the OpenAPI enum). */
export const countryCodes = [...letters]
  .flatMap((first) => [...letters].map((second) => first + second))
  .filter(isCountryCode);
