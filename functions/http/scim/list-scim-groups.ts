import { route } from '../../../shared/platform/http/route.ts';
import { assertGroupFilterable, excludesMembers, toScimGroup } from '../../../shared/scim/domain/group.ts';
import { LIST_SCHEMA } from '../../../shared/scim/domain/user.ts';
import { listScimGroups } from '../../../shared/scim/groups.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { filterOf, pagingOf } from '../../../shared/scim/paging.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.listScimGroups, async ({ scim, query, event }) => {
  const filter = filterOf(query.filter, assertGroupFilterable);
  const { startIndex, count } = pagingOf(query);
  const listing = await listScimGroups(scim, filter, startIndex, count);
  const baseUrl = scimBaseUrl(event);
  const withMembers = !excludesMembers(query.excludedAttributes);
  return scimResult({
    schemas: [LIST_SCHEMA],
    totalResults: listing.totalResults,
    startIndex: listing.startIndex,
    itemsPerPage: listing.groups.length,
    Resources: listing.groups.map((group) => toScimGroup(group, baseUrl, withMembers)),
  });
});
