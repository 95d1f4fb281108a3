import { authorize, getMember } from '../../../shared/data/access.ts';
import { toMemberResponse } from '../../../shared/domain/membership.ts';
import { notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { MemberParams } from '../../../shared/schemas/members.ts';

export const handler = route({ params: MemberParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'org:read');
  const member = params.userId === actor.userId ? actor : await getMember(params.orgId, params.userId);
  if (!member) throw notFound('Member');
  return { body: toMemberResponse(member) };
});
