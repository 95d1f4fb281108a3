import { toDomainResponse } from '../../../shared/domains/domain/domain.ts';
import { verifyDomain } from '../../../shared/domains/domains.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { domainsRoutes } from './routes.ts';

export const handler = route(domainsRoutes.verifyDomain, async ({ actor, params }) => ({
  body: toDomainResponse(await verifyDomain(actor, params.domainId)),
}));
