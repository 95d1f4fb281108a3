import { route } from '../../../shared/platform/http/route.ts';
import { parseGroupBody, toScimGroup } from '../../../shared/scim/domain/group.ts';
import { etagOf, ifMatchVersion } from '../../../shared/scim/domain/user.ts';
import { changeScimGroup } from '../../../shared/scim/groups.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.putScimGroup, async ({ scim, params, body, headers, event }) => {
  const replacement = parseGroupBody(body);
  const record = await changeScimGroup(
    scim,
    params.id,
    ifMatchVersion(headers['if-match']),
    () => replacement,
  );
  return scimResult(toScimGroup(record, scimBaseUrl(event)), 200, { etag: etagOf(record.version) });
});
