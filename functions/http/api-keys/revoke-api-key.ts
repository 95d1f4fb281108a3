import { revokeApiKey } from '../../../shared/api-keys/api-keys.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { apiKeysRoutes } from './routes.ts';

export const handler = route(apiKeysRoutes.revokeApiKey, async ({ actor, org, params }) => {
  await revokeApiKey(actor, org, params.keyId);
  return { status: 204 };
});
