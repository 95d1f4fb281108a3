import { route } from '../../../shared/platform/http/route.ts';
import { ifMatchVersion } from '../../../shared/scim/domain/user.ts';
import { deleteScimUser } from '../../../shared/scim/users.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.deleteScimUser, async ({ scim, params, headers }) => {
  await deleteScimUser(scim, params.id, ifMatchVersion(headers['if-match']));
  return { status: 204 };
});
