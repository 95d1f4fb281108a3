import { toDomainResponse } from '../../../shared/domains/domain/domain.ts';
import { listDomains } from '../../../shared/domains/domains.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { domainsRoutes } from './routes.ts';

export const handler = route(domainsRoutes.listDomains, async ({ params, query }) => {
  const page = await listDomains(params.orgId, query);
  return { body: { items: page.items.map(toDomainResponse), nextCursor: page.nextCursor } };
});
