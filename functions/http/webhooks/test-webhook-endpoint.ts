import { route } from '../../../shared/platform/http/route.ts';
import { toDeliveryResponse } from '../../../shared/webhooks/deliveries.ts';
import { getEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { sendTestEvent } from '../../../shared/webhooks/test-event.ts';
import { webhooksRoutes } from './routes.ts';

export const handler = route(webhooksRoutes.testWebhookEndpoint, async ({ params }) => {
  const endpoint = await getEndpoint(params.orgId, params.endpointId);
  return { body: toDeliveryResponse(await sendTestEvent(endpoint)) };
});
