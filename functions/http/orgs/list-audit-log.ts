import { authorize } from '../../../shared/data/access.ts';
import { listAudit } from '../../../shared/data/audit.ts';
import { route } from '../../../shared/http/route.ts';
import { AuditQuerySchema, OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route(
  { params: OrgIdParams, query: AuditQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'audit:read');
    return { body: await listAudit(params.orgId, query) };
  },
);
