import { route } from '../../../shared/platform/http/route.ts';
import { toEndpointResponse } from '../../../shared/webhooks/endpoint.ts';
import { listEndpoints } from '../../../shared/webhooks/endpoints.ts';
import { webhooksRoutes } from './routes.ts';

export const handler = route(webhooksRoutes.listWebhookEndpoints, async ({ params, query }) => {
  const page = await listEndpoints(params.orgId, query);
  return { body: { items: page.items.map(toEndpointResponse), nextCursor: page.nextCursor } };
});
