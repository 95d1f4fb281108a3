import { type RolledKey, rollApiKey } from '../../../shared/api-keys/api-keys.ts';
import { rolledKeyResponse } from '../../../shared/api-keys/responses.ts';
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
  apiKeysRoutes.rollApiKey,
  async ({ actor, org, params, body, headers, idempotency }) => {
    const sealer = await sealerOf(headers, idempotency);
    const result = await idempotently(
      idempotency,
      (rolled: RolledKey) => sealedResponse(rolledKeyResponse(rolled), sealer),
      (append) => rollApiKey(actor, org, params.keyId, body?.expiresInSeconds ?? 0, append),
    );
    return openedResponse(result, sealer);
  },
  { onReplay: openReplay },
);
