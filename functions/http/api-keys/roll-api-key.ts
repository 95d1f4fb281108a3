import { type RolledKey, rollApiKey } from '../../../shared/api-keys/api-keys.ts';
import { rolledKeyResponse } from '../../../shared/api-keys/responses.ts';
import { ApiKeyParams, RollApiKeySchema } from '../../../shared/api-keys/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  openedResponse,
  openReplay,
  sealedResponse,
  sealerOf,
} from '../../../shared/platform/idempotency/sealed-replay.ts';

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
