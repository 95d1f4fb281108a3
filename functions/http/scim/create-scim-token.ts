import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  openedResponse,
  openReplay,
  sealedResponse,
  sealerOf,
} from '../../../shared/platform/idempotency/sealed-replay.ts';
import { createScimToken, type ScimTokenRecord, toScimTokenResponse } from '../../../shared/scim/tokens.ts';
import { scimRoutes } from './routes.ts';

const createdResponse = ({ record, token }: { record: ScimTokenRecord; token: string }) => ({
  status: 201,
  body: { ...toScimTokenResponse(record), token },
  headers: { location: `/orgs/${record.orgId}/scim-tokens/${record.id}` },
});

export const handler = route(
  scimRoutes.createScimToken,
  async ({ actor, body, headers, idempotency }) => {
    // the stored response keeps the secret sealed; only a retry with the same Idempotency-Key opens it
    const sealer = await sealerOf(headers, idempotency);
    const result = await idempotently(
      idempotency,
      (created: { record: ScimTokenRecord; token: string }) =>
        sealedResponse(createdResponse(created), sealer),
      (append) => createScimToken(actor, body?.name ?? 'SCIM', append),
    );
    return openedResponse(result, sealer);
  },
  { onReplay: openReplay },
);
