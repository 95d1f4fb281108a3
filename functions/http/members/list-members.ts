import { authorize } from '../../../shared/data/access.ts';
import { listRoster } from '../../../shared/data/members.ts';
import { route } from '../../../shared/http/route.ts';
import { RosterQuerySchema } from '../../../shared/schemas/members.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: OrgIdParams, query: RosterQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'org:read');
    return { body: await listRoster(params.orgId, query) };
  },
);
