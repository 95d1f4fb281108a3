import { assertAccess } from '../../../shared/members/access.ts';
import { etagOf, isDeletionScheduled, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { getOrgAndMember } from '../../../shared/orgs/orgs.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params, headers }) => {
  const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
  // while deletion is scheduled, only its owner reads it (to see deleteAt and restore)
  assertAccess(member, org && isDeletionScheduled(org) ? 'org:delete' : 'org:read', org ?? null);
  if (!org) throw notFound('Organization');
  const etag = etagOf(org);
  if (headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
  return { body: toOrgResponse(org), headers: { etag } };
});
