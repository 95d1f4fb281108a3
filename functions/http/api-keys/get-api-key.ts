import { getApiKey } from '../../../shared/api-keys/api-keys.ts';
import { toApiKeyResponse } from '../../../shared/api-keys/domain/api-keys.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { apiKeysRoutes } from './routes.ts';

export const handler = route(apiKeysRoutes.getApiKey, async ({ params, org }) => {
  const { record, status } = await getApiKey(params.orgId, params.keyId, org);
  return { body: toApiKeyResponse(record, status) };
});
