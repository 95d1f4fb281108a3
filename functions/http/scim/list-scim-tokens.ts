import { route } from '../../../shared/platform/http/route.ts';
import { listScimTokens, toScimTokenResponse } from '../../../shared/scim/tokens.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.listScimTokens, async ({ params, query }) => {
  const page = await listScimTokens(params.orgId, query.limit, query.cursor);
  return { body: { items: page.items.map(toScimTokenResponse), nextCursor: page.nextCursor } };
});
