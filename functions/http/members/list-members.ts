import { authorize } from '../../../shared/members/access.ts';
import { listRoster } from '../../../shared/members/members.ts';
import { RosterQuerySchema } from '../../../shared/members/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: OrgIdParams, query: RosterQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'org:read');
    return { body: await listRoster(params.orgId, query) };
  },
);
