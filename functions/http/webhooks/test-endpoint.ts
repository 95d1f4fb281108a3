import { authorize } from '../../../shared/data/access.ts';
import { toDeliveryResponse } from '../../../shared/data/webhook-deliveries.ts';
import { getEndpoint } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { EndpointParams } from '../../../shared/schemas/webhooks.ts';
import { sendTestEvent } from '../../../shared/webhooks/test-event.ts';

export const handler = route({ params: EndpointParams, idempotent: true }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  const endpoint = await getEndpoint(params.orgId, params.endpointId);
  return { body: toDeliveryResponse(await sendTestEvent(endpoint)) };
});
