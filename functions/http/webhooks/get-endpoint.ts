import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';
import { getEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { EndpointParams } from '../../../shared/webhooks/schemas.ts';

export const handler = route({ params: EndpointParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  return { body: toEndpointResponse(await getEndpoint(params.orgId, params.endpointId)) };
});
