import { route } from '../../../shared/platform/http/route.ts';
import { deleteEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { webhooksRoutes } from './routes.ts';

export const handler = route(webhooksRoutes.deleteWebhookEndpoint, async ({ actor, params }) => {
  await deleteEndpoint(actor, params.endpointId);
  return { status: 204 };
});
