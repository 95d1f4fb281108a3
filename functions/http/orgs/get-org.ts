import { assertAccess } from '../../../shared/data/access.ts';
import { getOrgAndMember } from '../../../shared/data/orgs.ts';
import { etagOf, isDeletionScheduled, toOrgResponse } from '../../../shared/domain/org.ts';
import { notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params, headers }) => {
  const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
  // while deletion is scheduled, only its owner reads it (to see deleteAt and restore)
  assertAccess(member, org && isDeletionScheduled(org) ? 'org:delete' : 'org:read', org ?? null);
  if (!org) throw notFound('Organization');
  const etag = etagOf(org);
  if (headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
  return { body: toOrgResponse(org), headers: { etag } };
});
