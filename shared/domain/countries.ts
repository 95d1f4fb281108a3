const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Region codes the runtime names that are not ISO 3166-1 countries. */
const notCountries = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** ISO 3166-1 alpha-2 (plus XK, which Stripe accepts), checked against the runtime's region data. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !notCountries.has(code) && regionNames.of(code) !== code;
}
