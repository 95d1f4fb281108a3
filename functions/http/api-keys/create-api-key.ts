import { authorize } from '../../../shared/data/access.ts';
import { type CreatedKey, createApiKey } from '../../../shared/data/api-keys.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { openedResponse, openReplay, sealedResponse, sealerOf } from '../../../shared/data/sealed-replay.ts';
import { createdKeyResponse } from '../../../shared/http/api-key-responses.ts';
import { route } from '../../../shared/http/route.ts';
import { CreateApiKeySchema } from '../../../shared/schemas/api-keys.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: OrgIdParams, body: CreateApiKeySchema, idempotent: true, onReplay: openReplay },
  async ({ caller, params, body, headers, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    // the stored response keeps the secret sealed; only the same Idempotency-Key opens it
    const sealer = sealerOf(headers, idempotency);
    const input = { name: body.name, mode: body.mode, expiresAt: body.expiresAt ?? null };
    const result = await idempotently(
      idempotency,
      (created: CreatedKey) => sealedResponse(createdKeyResponse(created), sealer),
      (append) => createApiKey(actor, input, append),
    );
    return openedResponse(result, sealer);
  },
);
