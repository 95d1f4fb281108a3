import { ensureUser } from '../../../shared/me/users.ts';
import { etagOf, type OrgRecord, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { createOrg } from '../../../shared/orgs/orgs.ts';
import { requireVerifiedEmail } from '../../../shared/platform/http/auth.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { orgsRoutes } from './routes.ts';

const created = (org: OrgRecord) => ({
  status: 201,
  body: toOrgResponse(org),
  headers: { etag: etagOf(org), location: `/orgs/${org.id}` },
});

export const handler = route(orgsRoutes.createOrganization, async ({ caller, body, idempotency }) => {
  requireVerifiedEmail(caller);
  return idempotently(idempotency, created, async (append) => {
    const user = await ensureUser(caller);
    const owner = { userId: user.id, email: user.emailVerified ? user.email : null, name: user.name };
    return createOrg({ ...body, owner }, append);
  });
});
