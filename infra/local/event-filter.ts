/**
 * Lambda event filtering, as the local stream poller plays it: a record is delivered when it
 * matches any pattern. Supports the syntax our patterns use — nested objects and arrays of
 * allowed values (every key present, each leaf equal to one of its values) — and refuses
 * any other (prefix, numeric, exists…) rather than guess at it.
 */
import type { FilterPattern } from '../../shared/notifications/stream-filter.ts';

export type { FilterPattern };

export function matchesPattern(pattern: FilterPattern, value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = (value as Record<string, unknown>)[key];
    if (Array.isArray(expected)) {
      if (expected.some((option) => typeof option !== 'string')) {
        throw new Error(`filter pattern at ${key}: only lists of strings are supported locally`);
      }
      return expected.includes(actual as string);
    }
    return matchesPattern(expected as FilterPattern, actual);
  });
}

/** No patterns = every record; otherwise the record's JSON form must match one of them. */
export function passesFilters(patterns: readonly FilterPattern[] | undefined, record: unknown): boolean {
  if (!patterns || patterns.length === 0) return true;
  const json: unknown = JSON.parse(JSON.stringify(record));
  return patterns.some((pattern) => matchesPattern(pattern, json));
}
