import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams, WorkspaceBodySchema } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  createWorkspace,
  toWorkspaceResponse,
  type WorkspaceRecord,
} from '../../../shared/workspaces/workspaces.ts';

const created = (workspace: WorkspaceRecord, orgId: string) => ({
  status: 201,
  body: toWorkspaceResponse(workspace),
  headers: { location: `/orgs/${orgId}/workspaces/${workspace.id}` },
});

export const handler = route(
  { params: OrgIdParams, body: WorkspaceBodySchema, idempotent: true },
  async ({ caller, params, body, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'org:update');
    return idempotently(
      idempotency,
      (workspace: WorkspaceRecord) => created(workspace, params.orgId),
      (append) => createWorkspace(actor, body.name, append),
    );
  },
);
