import { route } from '../../../shared/platform/http/route.ts';
import { applyPatch, etagOf, ifMatchVersion, toScimUser } from '../../../shared/scim/domain/user.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { changeScimUser } from '../../../shared/scim/users.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.updateScimUser, async ({ scim, params, body, headers, event }) => {
  const view = await changeScimUser(scim, params.id, ifMatchVersion(headers['if-match']), (current) =>
    applyPatch(current, body),
  );
  return scimResult(toScimUser(view.record, view.active, scimBaseUrl(event)), 200, {
    etag: etagOf(view.record.version),
  });
});
