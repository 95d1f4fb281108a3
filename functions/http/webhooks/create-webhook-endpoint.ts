import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  openedResponse,
  openReplay,
  sealedResponse,
  sealerOf,
} from '../../../shared/platform/idempotency/sealed-replay.ts';
import { toEndpointResponse, type WebhookEndpointRecord } from '../../../shared/webhooks/endpoint.ts';
import { createEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { webhooksRoutes } from './routes.ts';
import { allowedUrl } from './url.ts';

const created = ({ endpoint, secret }: { endpoint: WebhookEndpointRecord; secret: string }) => ({
  status: 201,
  body: { ...toEndpointResponse(endpoint), secret },
  headers: { location: `/orgs/${endpoint.orgId}/webhook-endpoints/${endpoint.id}` },
});

export const handler = route(
  webhooksRoutes.createWebhookEndpoint,
  async ({ actor, body, headers, idempotency }) => {
    await allowedUrl(body.url);
    // the stored response keeps the secret sealed (server secret and Idempotency-Key); only a retry with the same key opens it
    const sealer = await sealerOf(headers, idempotency);
    const result = await idempotently(
      idempotency,
      (value: { endpoint: WebhookEndpointRecord; secret: string }) => sealedResponse(created(value), sealer),
      (append) => createEndpoint(actor, body, append),
    );
    return openedResponse(result, sealer);
  },
  { onReplay: openReplay },
);
