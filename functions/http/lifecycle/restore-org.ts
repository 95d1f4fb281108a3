import { assertAccess } from '../../../shared/data/access.ts';
import { restoreOrg } from '../../../shared/data/lifecycle.ts';
import { getOrgAndMember } from '../../../shared/data/orgs.ts';
import { etagOf, toOrgResponse } from '../../../shared/domain/org.ts';
import { notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: OrgIdParams, idempotent: true }, async ({ caller, params }) => {
  const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
  assertAccess(member, 'org:delete', org ?? null);
  if (!org) throw notFound('Organization');
  const restored = await restoreOrg(member, org);
  return { body: toOrgResponse(restored), headers: { etag: etagOf(restored) } };
});
