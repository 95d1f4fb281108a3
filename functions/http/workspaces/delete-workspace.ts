import { authorize } from '../../../shared/members/access.ts';
import { WorkspaceParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { deleteWorkspace } from '../../../shared/workspaces/workspaces.ts';

export const handler = route({ params: WorkspaceParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'org:update');
  await deleteWorkspace(actor, params.workspaceId);
  return { status: 204 };
});
