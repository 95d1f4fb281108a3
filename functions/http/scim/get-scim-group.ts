import { route } from '../../../shared/platform/http/route.ts';
import { excludesMembers, toScimGroup } from '../../../shared/scim/domain/group.ts';
import { etagOf } from '../../../shared/scim/domain/user.ts';
import { getScimGroup } from '../../../shared/scim/groups.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.getScimGroup, async ({ scim, params, query, event }) => {
  const record = await getScimGroup(scim, params.id);
  return scimResult(
    toScimGroup(record, scimBaseUrl(event), !excludesMembers(query.excludedAttributes)),
    200,
    { etag: etagOf(record.version) },
  );
});
