import { authorize } from '../../../shared/data/access.ts';
import { type RolledKey, rollApiKey } from '../../../shared/data/api-keys.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { openedResponse, openReplay, sealedResponse, sealerOf } from '../../../shared/data/sealed-replay.ts';
import { rolledKeyResponse } from '../../../shared/http/api-key-responses.ts';
import { route } from '../../../shared/http/route.ts';
import { ApiKeyParams, RollApiKeySchema } from '../../../shared/schemas/api-keys.ts';

export const handler = route(
  { params: ApiKeyParams, body: RollApiKeySchema.optional(), idempotent: true, onReplay: openReplay },
  async ({ caller, params, body, headers, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    const sealer = sealerOf(headers, idempotency);
    const result = await idempotently(
      idempotency,
      (rolled: RolledKey) => sealedResponse(rolledKeyResponse(rolled), sealer),
      (append) => rollApiKey(actor, params.keyId, body?.expiresInSeconds ?? 0, append),
    );
    return openedResponse(result, sealer);
  },
);
