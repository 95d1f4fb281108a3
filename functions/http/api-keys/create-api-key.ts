import { authorize } from '../../../shared/data/access.ts';
import { type CreatedKey, createApiKey } from '../../../shared/data/api-keys.ts';
import { idempotencyOf, idempotently } from '../../../shared/data/idempotency.ts';
import { openedResponse, sealedResponse, sealerFor } from '../../../shared/data/sealed-replay.ts';
import { createdKeyResponse } from '../../../shared/http/api-key-responses.ts';
import { route } from '../../../shared/http/route.ts';
import { CreateApiKeySchema } from '../../../shared/schemas/api-keys.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: OrgIdParams, body: CreateApiKeySchema },
  async ({ caller, params, body, headers }) => {
    const actor = await authorize(params.orgId, caller, 'developer:use');
    const scope = `createApiKey:${params.orgId}:${caller.userId}`;
    const sealer = sealerFor(headers['idempotency-key'], scope);
    const input = { name: body.name, mode: body.mode, expiresAt: body.expiresAt ?? null };
    const result = await idempotently(
      idempotencyOf(headers, scope, body),
      (created: CreatedKey) => sealedResponse(createdKeyResponse(created), sealer),
      (append) => createApiKey(actor, input, append),
    );
    return openedResponse(result, sealer);
  },
);
