import { restoreOrg } from '../../../shared/lifecycle/lifecycle.ts';
import { assertAccess } from '../../../shared/members/access.ts';
import { etagOf, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { getOrgAndMember } from '../../../shared/orgs/orgs.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: OrgIdParams, idempotent: true }, async ({ caller, params }) => {
  const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
  assertAccess(member, 'org:delete', org ?? null);
  if (!org) throw notFound('Organization');
  const restored = await restoreOrg(member, org);
  return { body: toOrgResponse(restored), headers: { etag: etagOf(restored) } };
});
