import { authorize } from '../../../shared/members/access.ts';
import { listAudit } from '../../../shared/orgs/audit.ts';
import { AuditQuerySchema, OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: OrgIdParams, query: AuditQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'audit:read');
    return { body: await listAudit(params.orgId, query) };
  },
);
