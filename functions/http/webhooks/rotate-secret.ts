import { authorize } from '../../../shared/data/access.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { openedResponse, openReplay, sealedResponse, sealerOf } from '../../../shared/data/sealed-replay.ts';
import { type RotatedSecret, rotateSecret } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { EndpointParams } from '../../../shared/schemas/webhooks.ts';

const rotated = ({ secret, previousExpiresAt }: RotatedSecret) => ({
  body: { secret, previousSecretExpiresAt: previousExpiresAt },
});

export const handler = route(
  { params: EndpointParams, idempotent: true, onReplay: openReplay },
  async ({ caller, params, headers, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    const sealer = sealerOf(headers, idempotency);
    const result = await idempotently(
      idempotency,
      (value: RotatedSecret) => sealedResponse(rotated(value), sealer),
      (append) => rotateSecret(actor, params.endpointId, append),
    );
    return openedResponse(result, sealer);
  },
);
