import { route } from '../../../shared/platform/http/route.ts';
import { listWorkspaces, toWorkspaceResponse } from '../../../shared/workspaces/workspaces.ts';
import { workspacesRoutes } from './routes.ts';

export const handler = route(workspacesRoutes.listWorkspaces, async ({ params, query }) => {
  const page = await listWorkspaces(params.orgId, query);
  return { body: { items: page.items.map(toWorkspaceResponse), nextCursor: page.nextCursor } };
});
