import { type CreatedKey, createApiKey, keyScopeFor } from '../../../shared/api-keys/api-keys.ts';
import { createdKeyResponse } from '../../../shared/api-keys/responses.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  openedResponse,
  openReplay,
  sealedResponse,
  sealerOf,
} from '../../../shared/platform/idempotency/sealed-replay.ts';
import { apiKeysRoutes } from './routes.ts';

export const handler = route(
  apiKeysRoutes.createApiKey,
  async ({ actor, org, body, headers, idempotency }) => {
    // the stored response keeps the secret sealed; only the same Idempotency-Key opens it
    const sealer = sealerOf(headers, idempotency);
    const input = {
      name: body.name,
      mode: body.mode,
      expiresAt: body.expiresAt ?? null,
      permissions: keyScopeFor(actor, org, body.permissions),
    };
    const result = await idempotently(
      idempotency,
      (created: CreatedKey) => sealedResponse(createdKeyResponse(created), sealer),
      (append) => createApiKey(actor, input, append),
    );
    return openedResponse(result, sealer);
  },
  { onReplay: openReplay },
);
