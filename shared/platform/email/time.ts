/** True when `timeZone` is an IANA zone this runtime knows. */
function knownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * An instant as the organization's members read it: date, 24-hour time and the
 * zone's offset, then the IANA name, e.g. "22 November 2026 at 19:00 GMT+9 (Asia/Tokyo)".
 * An unknown zone (should not happen: the API validates it) falls back to UTC.
 */
export function formatInTimeZone(iso: string, timeZone: string): string {
  const zone = knownTimeZone(timeZone) ? timeZone : 'UTC';
  const formatted = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).format(new Date(iso));
  return `${formatted} (${zone})`;
}
