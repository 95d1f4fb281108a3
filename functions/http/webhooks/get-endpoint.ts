import { authorize } from '../../../shared/data/access.ts';
import { getEndpoint } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { EndpointParams } from '../../../shared/schemas/webhooks.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';

export const handler = route({ params: EndpointParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  return { body: toEndpointResponse(await getEndpoint(params.orgId, params.endpointId)) };
});
