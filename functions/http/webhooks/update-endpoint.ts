import { authorize } from '../../../shared/data/access.ts';
import { updateEndpoint } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { EndpointParams, UpdateEndpointSchema } from '../../../shared/schemas/webhooks.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';
import { allowedUrl } from './url.ts';

export const handler = route(
  { params: EndpointParams, body: UpdateEndpointSchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    if (body.url !== undefined) await allowedUrl(body.url);
    return { body: toEndpointResponse(await updateEndpoint(actor, params.endpointId, body)) };
  },
);
