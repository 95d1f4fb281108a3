import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  openedResponse,
  openReplay,
  sealedResponse,
  sealerOf,
} from '../../../shared/platform/idempotency/sealed-replay.ts';
import { type RotatedSecret, rotateSecret } from '../../../shared/webhooks/endpoints.ts';
import { EndpointParams } from '../../../shared/webhooks/schemas.ts';

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
