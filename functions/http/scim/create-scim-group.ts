import { route } from '../../../shared/platform/http/route.ts';
import { parseGroupBody, toScimGroup } from '../../../shared/scim/domain/group.ts';
import { etagOf } from '../../../shared/scim/domain/user.ts';
import { createScimGroup } from '../../../shared/scim/groups.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.createScimGroup, async ({ scim, body, event }) => {
  const record = await createScimGroup(scim, parseGroupBody(body));
  const group = toScimGroup(record, scimBaseUrl(event));
  return scimResult(group, 201, { location: group.meta.location, etag: etagOf(record.version) });
});
