import { route } from '../../../shared/platform/http/route.ts';
import { renameWorkspace, toWorkspaceResponse } from '../../../shared/workspaces/workspaces.ts';
import { workspacesRoutes } from './routes.ts';

export const handler = route(workspacesRoutes.renameWorkspace, async ({ actor, params, body }) => {
  return { body: toWorkspaceResponse(await renameWorkspace(actor, params.workspaceId, body.name)) };
});
