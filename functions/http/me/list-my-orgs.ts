import { listMyOrgs } from '../../../shared/me/my-orgs.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';

export const handler = route({ query: PageQuerySchema }, async ({ caller, query }) => ({
  body: await listMyOrgs(caller.userId, query),
}));
