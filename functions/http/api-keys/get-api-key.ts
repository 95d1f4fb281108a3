import { authorize } from '../../../shared/data/access.ts';
import { getApiKey } from '../../../shared/data/api-keys.ts';
import { toApiKeyResponse } from '../../../shared/domain/api-keys.ts';
import { route } from '../../../shared/http/route.ts';
import { ApiKeyParams } from '../../../shared/schemas/api-keys.ts';

export const handler = route({ params: ApiKeyParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  const { record, status } = await getApiKey(params.orgId, params.keyId);
  return { body: toApiKeyResponse(record, status) };
});
