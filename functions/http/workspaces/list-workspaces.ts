import { authorize } from '../../../shared/data/access.ts';
import { listWorkspaces, toWorkspaceResponse } from '../../../shared/data/workspaces.ts';
import { route } from '../../../shared/http/route.ts';
import { PageQuerySchema } from '../../../shared/schemas/common.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: OrgIdParams, query: PageQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'org:read');
    const page = await listWorkspaces(params.orgId, query);
    return { body: { items: page.items.map(toWorkspaceResponse), nextCursor: page.nextCursor } };
  },
);
