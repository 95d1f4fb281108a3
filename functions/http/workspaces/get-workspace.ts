import { authorize } from '../../../shared/data/access.ts';
import { getWorkspace, toWorkspaceResponse } from '../../../shared/data/workspaces.ts';
import { route } from '../../../shared/http/route.ts';
import { WorkspaceParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: WorkspaceParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'org:read');
  return { body: toWorkspaceResponse(await getWorkspace(params.orgId, params.workspaceId)) };
});
