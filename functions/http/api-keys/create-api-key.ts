import { type CreatedKey, createApiKey, keyScopeFor } from '../../../shared/api-keys/api-keys.ts';
import { createdKeyResponse } from '../../../shared/api-keys/responses.ts';
import { assertNotRestricted } from '../../../shared/billing/dunning.ts';
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
    // a restricted org (payment overdue) creates no live keys
    if (body.mode === 'production') assertNotRestricted(org, 'creating production API keys');
    // the stored response keeps the secret sealed (server secret and Idempotency-Key); only a retry with the same key opens it
    const sealer = await sealerOf(headers, idempotency);
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
