import { toJoinRequestResponse } from '../../../shared/domains/domain/domain.ts';
import { listJoinRequests } from '../../../shared/domains/join-requests.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { domainsRoutes } from './routes.ts';

export const handler = route(domainsRoutes.listJoinRequests, async ({ params, query }) => {
  const page = await listJoinRequests(params.orgId, query);
  return { body: { items: page.items.map(toJoinRequestResponse), nextCursor: page.nextCursor } };
});
