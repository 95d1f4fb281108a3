import { authorize } from '../../../shared/data/access.ts';
import { idempotencyOf, idempotently } from '../../../shared/data/idempotency.ts';
import { createEndpoint } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';
import { CreateEndpointSchema } from '../../../shared/schemas/webhooks.ts';
import { toEndpointResponse, type WebhookEndpointRecord } from '../../../shared/webhooks/endpoint.ts';
import { allowedUrl } from './url.ts';

const created = ({ endpoint, secret }: { endpoint: WebhookEndpointRecord; secret: string }) => ({
  status: 201,
  body: { ...toEndpointResponse(endpoint), secret },
  headers: { location: `/orgs/${endpoint.orgId}/webhook-endpoints/${endpoint.id}` },
});

export const handler = route(
  { params: OrgIdParams, body: CreateEndpointSchema },
  async ({ caller, params, body, headers }) => {
    const scope = `createWebhookEndpoint:${params.orgId}:${caller.userId}`;
    return idempotently(idempotencyOf(headers, scope, body), created, async (append) => {
      const actor = await authorize(params.orgId, caller, 'developer:use');
      await allowedUrl(body.url);
      return createEndpoint(actor, body, append);
    });
  },
);
