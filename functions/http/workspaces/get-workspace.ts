import { authorize } from '../../../shared/members/access.ts';
import { WorkspaceParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { getWorkspace, toWorkspaceResponse } from '../../../shared/workspaces/workspaces.ts';

export const handler = route({ params: WorkspaceParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'org:read');
  return { body: toWorkspaceResponse(await getWorkspace(params.orgId, params.workspaceId)) };
});
