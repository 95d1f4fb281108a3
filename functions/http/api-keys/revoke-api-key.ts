import { revokeApiKey } from '../../../shared/api-keys/api-keys.ts';
import { ApiKeyParams } from '../../../shared/api-keys/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: ApiKeyParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'developer:use');
  await revokeApiKey(actor, params.keyId);
  return { status: 204 };
});
