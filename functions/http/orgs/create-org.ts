import { idempotently } from '../../../shared/data/idempotency.ts';
import { createOrg } from '../../../shared/data/orgs.ts';
import { ensureUser } from '../../../shared/data/users.ts';
import { etagOf, type OrgRecord, toOrgResponse } from '../../../shared/domain/org.ts';
import { requireVerifiedEmail } from '../../../shared/http/auth.ts';
import { route } from '../../../shared/http/route.ts';
import { CreateOrgSchema } from '../../../shared/schemas/orgs.ts';

const created = (org: OrgRecord) => ({
  status: 201,
  body: toOrgResponse(org),
  headers: { etag: etagOf(org), location: `/orgs/${org.id}` },
});

export const handler = route(
  { body: CreateOrgSchema, idempotent: true },
  async ({ caller, body, idempotency }) => {
    requireVerifiedEmail(caller);
    return idempotently(idempotency, created, async (append) => {
      const user = await ensureUser(caller);
      const owner = { userId: user.id, email: user.emailVerified ? user.email : null, name: user.name };
      return createOrg({ ...body, owner }, append);
    });
  },
);
