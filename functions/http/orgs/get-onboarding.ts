import { assertAccess } from '../../../shared/data/access.ts';
import { getOrgAndMember } from '../../../shared/data/orgs.ts';
import { onboardingOf } from '../../../shared/domain/onboarding.ts';
import { notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

export const handler = route({ params: OrgIdParams }, async ({ caller, params }) => {
  const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
  assertAccess(member, 'org:read', org ?? null);
  if (!org) throw notFound('Organization');
  return { body: onboardingOf(org) };
});
