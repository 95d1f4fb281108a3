import { authorize } from '../../../shared/data/access.ts';
import { createWorkspace, toWorkspaceResponse } from '../../../shared/data/workspaces.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams, WorkspaceBodySchema } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: OrgIdParams, body: WorkspaceBodySchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'org:update');
    const workspace = await createWorkspace(actor, body.name);
    return {
      status: 201,
      body: toWorkspaceResponse(workspace),
      headers: { location: `/orgs/${params.orgId}/workspaces/${workspace.id}` },
    };
  },
);
