import { authorize } from '../../../shared/data/access.ts';
import { type RolledKey, rollApiKey } from '../../../shared/data/api-keys.ts';
import { idempotencyOf, idempotently } from '../../../shared/data/idempotency.ts';
import { openedResponse, sealedResponse, sealerFor } from '../../../shared/data/sealed-replay.ts';
import { rolledKeyResponse } from '../../../shared/http/api-key-responses.ts';
import { route } from '../../../shared/http/route.ts';
import { ApiKeyParams, RollApiKeySchema } from '../../../shared/schemas/api-keys.ts';

export const handler = route(
  { params: ApiKeyParams, body: RollApiKeySchema.optional() },
  async ({ caller, params, body, headers }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    const scope = `rollApiKey:${params.orgId}:${params.keyId}:${caller.userId}`;
    const sealer = sealerFor(headers['idempotency-key'], scope);
    const result = await idempotently(
      idempotencyOf(headers, scope, body ?? {}),
      (rolled: RolledKey) => sealedResponse(rolledKeyResponse(rolled), sealer),
      (append) => rollApiKey(actor, params.keyId, body?.expiresInSeconds ?? 0, append),
    );
    return openedResponse(result, sealer);
  },
);
