const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * The IANA zone name as the runtime spells it, or undefined when the runtime
 * does not know the zone. (Intl.supportedValuesOf omits valid aliases such as
 * Asia/Kolkata on some ICU builds, so the formatter is asked instead.)
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (!IANA_NAME.test(name) || name.length > 64) return undefined;
  const listed = listedZones().get(name.toLowerCase());
  if (listed) return listed;
  // an alias the runtime knows but does not list (e.g. Asia/Kolkata): only in its proper case
  if (name.split('/').some((part) => !/^[A-Z]/.test(part))) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return undefined;
  }
}

let zones: Map<string, string> | undefined;
function listedZones(): Map<string, string> {
  zones ??= new Map(
    [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC'].map((zone) => [zone.toLowerCase(), zone]),
  );
  return zones;
}
