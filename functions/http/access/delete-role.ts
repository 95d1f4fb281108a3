import { deleteRole } from '../../../shared/access/roles.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { accessRoutes } from './routes.ts';

export const handler = route(accessRoutes.deleteRole, async ({ actor, params }) => {
  await deleteRole(actor, params.key);
  return { status: 204 };
});
