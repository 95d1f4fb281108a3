import { listApiKeys } from '../../../shared/api-keys/api-keys.ts';
import { toApiKeyResponse } from '../../../shared/api-keys/domain/api-keys.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { apiKeysRoutes } from './routes.ts';

export const handler = route(apiKeysRoutes.listApiKeys, async ({ params, query, org }) => {
  const page = await listApiKeys(params.orgId, query, org);
  return {
    body: {
      items: page.items.map(({ record, status }) => toApiKeyResponse(record, status)),
      nextCursor: page.nextCursor,
    },
  };
});
