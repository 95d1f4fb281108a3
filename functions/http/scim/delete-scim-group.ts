import { route } from '../../../shared/platform/http/route.ts';
import { ifMatchVersion } from '../../../shared/scim/domain/user.ts';
import { deleteScimGroup } from '../../../shared/scim/groups.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.deleteScimGroup, async ({ scim, params, headers }) => {
  await deleteScimGroup(scim, params.id, ifMatchVersion(headers['if-match']));
  return { status: 204 };
});
