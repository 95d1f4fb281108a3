import { authorize } from '../../../shared/data/access.ts';
import { listDeliveries, toDeliveryResponse } from '../../../shared/data/webhook-deliveries.ts';
import { getEndpoint } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { PageQuerySchema } from '../../../shared/schemas/common.ts';
import { EndpointParams } from '../../../shared/schemas/webhooks.ts';

export const handler = route(
  { params: EndpointParams, query: PageQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'developer:use');
    await getEndpoint(params.orgId, params.endpointId);
    const page = await listDeliveries(params.orgId, params.endpointId, query);
    return { body: { items: page.items.map(toDeliveryResponse), nextCursor: page.nextCursor } };
  },
);
