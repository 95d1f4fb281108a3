import { getApiKey } from '../../../shared/api-keys/api-keys.ts';
import { toApiKeyResponse } from '../../../shared/api-keys/domain/api-keys.ts';
import { ApiKeyParams } from '../../../shared/api-keys/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: ApiKeyParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  const { record, status } = await getApiKey(params.orgId, params.keyId);
  return { body: toApiKeyResponse(record, status) };
});
