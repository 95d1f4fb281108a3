import { deleteDomain } from '../../../shared/domains/domains.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { domainsRoutes } from './routes.ts';

export const handler = route(domainsRoutes.deleteDomain, async ({ actor, params }) => {
  await deleteDomain(actor, params.domainId);
  return { status: 204 };
});
