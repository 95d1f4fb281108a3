import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import {
  createWorkspace,
  toWorkspaceResponse,
  type WorkspaceRecord,
} from '../../../shared/workspaces/workspaces.ts';
import { workspacesRoutes } from './routes.ts';

const created = (workspace: WorkspaceRecord, orgId: string) => ({
  status: 201,
  body: toWorkspaceResponse(workspace),
  headers: { location: `/orgs/${orgId}/workspaces/${workspace.id}` },
});

export const handler = route(
  workspacesRoutes.createWorkspace,
  async ({ actor, params, body, idempotency }) => {
    return idempotently(
      idempotency,
      (workspace: WorkspaceRecord) => created(workspace, params.orgId),
      (append) => createWorkspace(actor, body.name, append),
    );
  },
);
