import { updateRole } from '../../../shared/access/roles.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { accessRoutes } from './routes.ts';

export const handler = route(accessRoutes.updateRole, async ({ actor, org, params, body }) => ({
  body: await updateRole(actor, org, params.key, body),
}));
