import { authorize } from '../../../shared/members/access.ts';
import { WorkspaceBodySchema, WorkspaceParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { renameWorkspace, toWorkspaceResponse } from '../../../shared/workspaces/workspaces.ts';

export const handler = route(
  { params: WorkspaceParams, body: WorkspaceBodySchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'org:update');
    return { body: toWorkspaceResponse(await renameWorkspace(actor, params.workspaceId, body.name)) };
  },
);
