import { route } from '../../../shared/platform/http/route.ts';
import { revokeScimToken } from '../../../shared/scim/tokens.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.revokeScimToken, async ({ actor, params }) => {
  await revokeScimToken(actor, params.tokenId);
  return { status: 204 };
});
