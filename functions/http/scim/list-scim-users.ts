import { route } from '../../../shared/platform/http/route.ts';
import { MAX_RESULTS } from '../../../shared/scim/discovery.ts';
import { type Filter, parseFilter, UnsupportedFilter } from '../../../shared/scim/domain/filter.ts';
import { assertFilterable, LIST_SCHEMA, toScimUser } from '../../../shared/scim/domain/user.ts';
import { invalidFilter, invalidValue } from '../../../shared/scim/errors.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { listScimUsers } from '../../../shared/scim/users.ts';
import { scimRoutes } from './routes.ts';

/** RFC 7644 §3.4.2.4: a startIndex below 1 is 1; a negative count is 0; more than maxResults is maxResults. */
function integer(value: string | undefined, name: string, fallback: number) {
  if (value === undefined || value === '') return fallback;
  if (!/^-?\d{1,9}$/.test(value)) throw invalidValue(`${name} must be an integer.`);
  return Number(value);
}

export const handler = route(scimRoutes.listScimUsers, async ({ scim, query, event }) => {
  let filter: Filter | undefined;
  if (query.filter?.trim()) {
    try {
      filter = parseFilter(query.filter);
      assertFilterable(filter);
    } catch (error) {
      if (error instanceof UnsupportedFilter) throw invalidFilter(error.message);
      throw error;
    }
  }
  const startIndex = Math.max(1, integer(query.startIndex, 'startIndex', 1));
  const count = Math.min(MAX_RESULTS, Math.max(0, integer(query.count, 'count', MAX_RESULTS)));
  const listing = await listScimUsers(scim, filter, startIndex, count);
  const baseUrl = scimBaseUrl(event);
  return scimResult({
    schemas: [LIST_SCHEMA],
    totalResults: listing.totalResults,
    startIndex: listing.startIndex,
    itemsPerPage: listing.users.length,
    Resources: listing.users.map((view) => toScimUser(view.record, view.active, baseUrl)),
  });
});
