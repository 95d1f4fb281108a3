import { assertAccess } from '../../../shared/data/access.ts';
import { exportPage } from '../../../shared/data/org-export.ts';
import { getOrgAndMember } from '../../../shared/data/orgs.ts';
import { notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { ExportQuerySchema } from '../../../shared/schemas/lifecycle.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

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
