import { authorize } from '../../../shared/data/access.ts';
import { renameWorkspace, toWorkspaceResponse } from '../../../shared/data/workspaces.ts';
import { route } from '../../../shared/http/route.ts';
import { WorkspaceBodySchema, WorkspaceParams } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: WorkspaceParams, body: WorkspaceBodySchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'org:update');
    return { body: toWorkspaceResponse(await renameWorkspace(actor, params.workspaceId, body.name)) };
  },
);
