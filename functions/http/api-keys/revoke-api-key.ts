import { authorize } from '../../../shared/data/access.ts';
import { revokeApiKey } from '../../../shared/data/api-keys.ts';
import { route } from '../../../shared/http/route.ts';
import { ApiKeyParams } from '../../../shared/schemas/api-keys.ts';

export const handler = route({ params: ApiKeyParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'developer:use');
  await revokeApiKey(actor, params.keyId);
  return { status: 204 };
});
