import { authorize } from '../../../shared/members/access.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';
import { listWorkspaces, toWorkspaceResponse } from '../../../shared/workspaces/workspaces.ts';

export const handler = route(
  { params: OrgIdParams, query: PageQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'org:read');
    const page = await listWorkspaces(params.orgId, query);
    return { body: { items: page.items.map(toWorkspaceResponse), nextCursor: page.nextCursor } };
  },
);
