import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { toDeliveryResponse } from '../../../shared/webhooks/deliveries.ts';
import { getEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { EndpointParams } from '../../../shared/webhooks/schemas.ts';
import { sendTestEvent } from '../../../shared/webhooks/test-event.ts';

export const handler = route({ params: EndpointParams, idempotent: true }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  const endpoint = await getEndpoint(params.orgId, params.endpointId);
  return { body: toDeliveryResponse(await sendTestEvent(endpoint)) };
});
