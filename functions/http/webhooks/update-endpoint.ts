import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';
import { updateEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { EndpointParams, UpdateEndpointSchema } from '../../../shared/webhooks/schemas.ts';
import { allowedUrl } from './url.ts';

export const handler = route(
  { params: EndpointParams, body: UpdateEndpointSchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    if (body.url !== undefined) await allowedUrl(body.url);
    return { body: toEndpointResponse(await updateEndpoint(actor, params.endpointId, body)) };
  },
);
