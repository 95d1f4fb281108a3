import { route } from '../../../shared/platform/http/route.ts';
import { deleteWorkspace } from '../../../shared/workspaces/workspaces.ts';
import { workspacesRoutes } from './routes.ts';

export const handler = route(workspacesRoutes.deleteWorkspace, async ({ actor, params }) => {
  await deleteWorkspace(actor, params.workspaceId);
  return { status: 204 };
});
