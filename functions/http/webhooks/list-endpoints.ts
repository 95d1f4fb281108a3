import { authorize } from '../../../shared/data/access.ts';
import { listEndpoints } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { PageQuerySchema } from '../../../shared/schemas/common.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';

export const handler = route(
  { params: OrgIdParams, query: PageQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'developer:use');
    const page = await listEndpoints(params.orgId, query);
    return { body: { items: page.items.map(toEndpointResponse), nextCursor: page.nextCursor } };
  },
);
