import { etagOf, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { orgsRoutes } from './routes.ts';

export const handler = route(orgsRoutes.getOrganization, async ({ org, headers }) => {
  const etag = etagOf(org);
  if (headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
  return { body: toOrgResponse(org), headers: { etag } };
});
