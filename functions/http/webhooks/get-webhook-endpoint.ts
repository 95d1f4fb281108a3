import { route } from '../../../shared/platform/http/route.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';
import { getEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { webhooksRoutes } from './routes.ts';

export const handler = route(webhooksRoutes.getWebhookEndpoint, async ({ params }) => {
  return { body: toEndpointResponse(await getEndpoint(params.orgId, params.endpointId)) };
});
