import { listRoster } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { membersRoutes } from './routes.ts';

export const handler = route(membersRoutes.listMembers, async ({ params, query }) => {
  return { body: await listRoster(params.orgId, query) };
});
