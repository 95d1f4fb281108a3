import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';
import { listEndpoints } from '../../../shared/webhooks/endpoints.ts';

export const handler = route(
  { params: OrgIdParams, query: PageQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'developer:use');
    const page = await listEndpoints(params.orgId, query);
    return { body: { items: page.items.map(toEndpointResponse), nextCursor: page.nextCursor } };
  },
);
