import { exportPage } from '../../../shared/lifecycle/org-export.ts';
import { ExportQuerySchema } from '../../../shared/lifecycle/schemas.ts';
import { assertAccess } from '../../../shared/members/access.ts';
import { getOrgAndMember } from '../../../shared/orgs/orgs.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: OrgIdParams, query: ExportQuerySchema },
  async ({ caller, params, query }) => {
    const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
    // the owner's, also while the deletion is scheduled: the last chance to take the data along
    assertAccess(member, 'org:delete', org ?? null);
    if (!org) throw notFound('Organization');
    return { body: await exportPage(org, query) };
  },
);
