import { listRoles } from '../../../shared/access/roles.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { accessRoutes } from './routes.ts';

/** Read from the org item already read with the membership: no extra read. */
export const handler = route(accessRoutes.listRoles, async ({ org }) => ({ body: listRoles(org) }));
