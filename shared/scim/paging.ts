import { MAX_RESULTS } from './discovery.ts';
import { type Filter, parseFilter, UnsupportedFilter } from './domain/filter.ts';
import { invalidFilter, invalidValue } from './errors.ts';

function integer(value: string | undefined, name: string, fallback: number) {
  if (value === undefined || value === '') return fallback;
  if (!/^-?\d{1,9}$/.test(value)) throw invalidValue(`${name} must be an integer.`);
  return Number(value);
}

/** RFC 7644 §3.4.2.4: a startIndex below 1 is 1; a negative count is 0; more than maxResults is maxResults. */
export function pagingOf(query: { startIndex?: string; count?: string }) {
  return {
    startIndex: Math.max(1, integer(query.startIndex, 'startIndex', 1)),
    count: Math.min(MAX_RESULTS, Math.max(0, integer(query.count, 'count', MAX_RESULTS))),
  };
}

/** `filter=` parsed and checked by `assert` before anything is read; a refusal is 400 invalidFilter. */
export function filterOf(text: string | undefined, assert: (filter: Filter) => void): Filter | undefined {
  if (!text?.trim()) return undefined;
  try {
    const filter = parseFilter(text);
    assert(filter);
    return filter;
  } catch (error) {
    if (error instanceof UnsupportedFilter) throw invalidFilter(error.message);
    throw error;
  }
}
