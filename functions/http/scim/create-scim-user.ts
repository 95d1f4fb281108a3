import { route } from '../../../shared/platform/http/route.ts';
import { etagOf, parseUserBody, toScimUser } from '../../../shared/scim/domain/user.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { createScimUser } from '../../../shared/scim/users.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.createScimUser, async ({ scim, body, event }) => {
  const view = await createScimUser(scim, parseUserBody(body));
  const user = toScimUser(view.record, view.active, scimBaseUrl(event));
  return scimResult(user, 201, { location: user.meta.location, etag: etagOf(view.record.version) });
});
