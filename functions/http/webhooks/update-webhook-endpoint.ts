import { route } from '../../../shared/platform/http/route.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';
import { updateEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { webhooksRoutes } from './routes.ts';
import { allowedUrl } from './url.ts';

export const handler = route(webhooksRoutes.updateWebhookEndpoint, async ({ actor, params, body }) => {
  if (body.url !== undefined) await allowedUrl(body.url);
  return { body: toEndpointResponse(await updateEndpoint(actor, params.endpointId, body)) };
});
