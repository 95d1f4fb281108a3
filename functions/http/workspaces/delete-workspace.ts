import { authorize } from '../../../shared/data/access.ts';
import { deleteWorkspace } from '../../../shared/data/workspaces.ts';
import { route } from '../../../shared/http/route.ts';
import { WorkspaceParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: WorkspaceParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'org:update');
  await deleteWorkspace(actor, params.workspaceId);
  return { status: 204 };
});
