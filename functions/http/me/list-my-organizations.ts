import { listMyOrgs } from '../../../shared/me/my-orgs.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { meRoutes } from './routes.ts';

export const handler = route(meRoutes.listMyOrganizations, async ({ caller, query }) => ({
  body: await listMyOrgs(caller.userId, query),
}));
