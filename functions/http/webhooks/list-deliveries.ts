import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';
import { listDeliveries, toDeliveryResponse } from '../../../shared/webhooks/deliveries.ts';
import { getEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { EndpointParams } from '../../../shared/webhooks/schemas.ts';

export const handler = route(
  { params: EndpointParams, query: PageQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'developer:use');
    await getEndpoint(params.orgId, params.endpointId);
    const page = await listDeliveries(params.orgId, params.endpointId, query);
    return { body: { items: page.items.map(toDeliveryResponse), nextCursor: page.nextCursor } };
  },
);
