import { route } from '../../../shared/platform/http/route.ts';
import { assertFilterable, LIST_SCHEMA, toScimUser } from '../../../shared/scim/domain/user.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { filterOf, pagingOf } from '../../../shared/scim/paging.ts';
import { listScimUsers } from '../../../shared/scim/users.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.listScimUsers, async ({ scim, query, event }) => {
  const filter = filterOf(query.filter, assertFilterable);
  const { startIndex, count } = pagingOf(query);
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
