import { authorize } from '../../../shared/data/access.ts';
import { blockMember } from '../../../shared/data/members.ts';
import { toMemberResponse } from '../../../shared/domain/membership.ts';
import { route } from '../../../shared/http/route.ts';
import { MemberParams } from '../../../shared/schemas/members.ts';

export const handler = route({ params: MemberParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'members:manage');
  return { body: toMemberResponse(await blockMember(actor, params.userId)) };
});
