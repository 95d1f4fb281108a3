import { route } from '../../../shared/platform/http/route.ts';
import { getWorkspace, toWorkspaceResponse } from '../../../shared/workspaces/workspaces.ts';
import { workspacesRoutes } from './routes.ts';

export const handler = route(workspacesRoutes.getWorkspace, async ({ params }) => {
  return { body: toWorkspaceResponse(await getWorkspace(params.orgId, params.workspaceId)) };
});
