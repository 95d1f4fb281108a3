import { route } from '../../../shared/platform/http/route.ts';
import { etagOf, ifMatchVersion, parseUserBody, toScimUser } from '../../../shared/scim/domain/user.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { changeScimUser } from '../../../shared/scim/users.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.putScimUser, async ({ scim, params, body, headers, event }) => {
  const replacement = parseUserBody(body);
  const view = await changeScimUser(scim, params.id, ifMatchVersion(headers['if-match']), () => replacement);
  return scimResult(toScimUser(view.record, view.active, scimBaseUrl(event)), 200, {
    etag: etagOf(view.record.version),
  });
});
