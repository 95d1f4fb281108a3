import { authorize } from '../../../shared/data/access.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { openedResponse, openReplay, sealedResponse, sealerOf } from '../../../shared/data/sealed-replay.ts';
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
  { params: OrgIdParams, body: CreateEndpointSchema, idempotent: true, onReplay: openReplay },
  async ({ caller, params, body, headers, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    await allowedUrl(body.url);
    // the stored response keeps the secret sealed; only the same Idempotency-Key opens it
    const sealer = sealerOf(headers, idempotency);
    const result = await idempotently(
      idempotency,
      (value: { endpoint: WebhookEndpointRecord; secret: string }) => sealedResponse(created(value), sealer),
      (append) => createEndpoint(actor, body, append),
    );
    return openedResponse(result, sealer);
  },
);
