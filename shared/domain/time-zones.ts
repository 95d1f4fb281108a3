const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * The IANA zone name as the runtime spells it, or undefined when the runtime
 * does not know the zone. (Intl.supportedValuesOf omits valid aliases such as
 * Asia/Kolkata on some ICU builds, so the formatter is asked instead.)
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (!IANA_NAME.test(name) || name.length > 64) return undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    return undefined;
  }
}
