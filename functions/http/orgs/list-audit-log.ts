import { listAudit } from '../../../shared/orgs/audit.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { orgsRoutes } from './routes.ts';

export const handler = route(orgsRoutes.listAuditLog, async ({ params, query }) => {
  return { body: await listAudit(params.orgId, query) };
});
