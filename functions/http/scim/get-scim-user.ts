import { route } from '../../../shared/platform/http/route.ts';
import { etagOf, toScimUser } from '../../../shared/scim/domain/user.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { getScimUser } from '../../../shared/scim/users.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.getScimUser, async ({ scim, params, event }) => {
  const view = await getScimUser(scim, params.id);
  return scimResult(toScimUser(view.record, view.active, scimBaseUrl(event)), 200, {
    etag: etagOf(view.record.version),
  });
});
