import { setCancelAtPeriodEnd } from '../../../shared/billing/subscriptions.ts';
import { restoreOrg } from '../../../shared/lifecycle/lifecycle.ts';
import { etagOf, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { lifecycleRoutes } from './routes.ts';

export const handler = route(lifecycleRoutes.restoreOrganization, async ({ actor, org }) => {
  const restored = await restoreOrg(actor, org);
  // the subscription keeps renewing: undo the cancellation at period end (a retry of the restore repeats it)
  await setCancelAtPeriodEnd(org.id, false, actor.userId);
  return { body: toOrgResponse(restored), headers: { etag: etagOf(restored) } };
});
