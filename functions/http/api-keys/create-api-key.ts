import { type CreatedKey, createApiKey } from '../../../shared/api-keys/api-keys.ts';
import { createdKeyResponse } from '../../../shared/api-keys/responses.ts';
import { CreateApiKeySchema } from '../../../shared/api-keys/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  openedResponse,
  openReplay,
  sealedResponse,
  sealerOf,
} from '../../../shared/platform/idempotency/sealed-replay.ts';

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
