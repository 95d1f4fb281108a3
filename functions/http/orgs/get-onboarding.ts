import { assertAccess } from '../../../shared/members/access.ts';
import { onboardingOf } from '../../../shared/orgs/domain/onboarding.ts';
import { getOrgAndMember } from '../../../shared/orgs/orgs.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
  assertAccess(member, 'org:read', org ?? null);
  if (!org) throw notFound('Organization');
  return { body: onboardingOf(org) };
});
