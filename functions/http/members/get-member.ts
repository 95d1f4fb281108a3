import { authorize, getMember } from '../../../shared/members/access.ts';
import { toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { MemberParams } from '../../../shared/members/schemas.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: MemberParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'org:read');
  const member = params.userId === actor.userId ? actor : await getMember(params.orgId, params.userId);
  if (!member) throw notFound('Member');
  return { body: toMemberResponse(member) };
});
