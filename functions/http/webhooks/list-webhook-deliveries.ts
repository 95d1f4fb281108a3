import { route } from '../../../shared/platform/http/route.ts';
import { listDeliveries, toDeliveryResponse } from '../../../shared/webhooks/deliveries.ts';
import { getEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { webhooksRoutes } from './routes.ts';

export const handler = route(webhooksRoutes.listWebhookDeliveries, async ({ params, query }) => {
  await getEndpoint(params.orgId, params.endpointId);
  const page = await listDeliveries(params.orgId, params.endpointId, query);
  return { body: { items: page.items.map(toDeliveryResponse), nextCursor: page.nextCursor } };
});
