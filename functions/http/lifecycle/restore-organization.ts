import { restoreOrg } from '../../../shared/lifecycle/lifecycle.ts';
import { etagOf, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { lifecycleRoutes } from './routes.ts';

export const handler = route(lifecycleRoutes.restoreOrganization, async ({ actor, org }) => {
  const restored = await restoreOrg(actor, org);
  return { body: toOrgResponse(restored), headers: { etag: etagOf(restored) } };
});
