import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  openedResponse,
  openReplay,
  sealedResponse,
  sealerOf,
} from '../../../shared/platform/idempotency/sealed-replay.ts';
import { type RotatedSecret, rotateSecret } from '../../../shared/webhooks/endpoints.ts';
import { webhooksRoutes } from './routes.ts';

const rotated = ({ secret, previousExpiresAt }: RotatedSecret) => ({
  body: { secret, previousSecretExpiresAt: previousExpiresAt },
});

export const handler = route(
  webhooksRoutes.rotateWebhookSecret,
  async ({ actor, params, headers, idempotency }) => {
    const sealer = await sealerOf(headers, idempotency);
    const result = await idempotently(
      idempotency,
      (value: RotatedSecret) => sealedResponse(rotated(value), sealer),
      (append) => rotateSecret(actor, params.endpointId, append),
    );
    return openedResponse(result, sealer);
  },
  { onReplay: openReplay },
);
