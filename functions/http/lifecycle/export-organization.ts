import { exportPage } from '../../../shared/lifecycle/org-export.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { lifecycleRoutes } from './routes.ts';

export const handler = route(lifecycleRoutes.exportOrganization, async ({ org, query }) => {
  // the owner's, also while the deletion is scheduled (org:delete): the last chance to take the data along
  return { body: await exportPage(org, query) };
});
