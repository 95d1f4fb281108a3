import { listMyOrgs } from '../../../shared/data/my-orgs.ts';
import { route } from '../../../shared/http/route.ts';
import { PageQuerySchema } from '../../../shared/schemas/common.ts';

export const handler = route({ query: PageQuerySchema }, async ({ caller, query }) => ({
  body: await listMyOrgs(caller.userId, query),
}));
