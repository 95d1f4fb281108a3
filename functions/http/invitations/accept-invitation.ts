import { acceptInvitation } from '../../../shared/data/members.ts';
import { ensureUser } from '../../../shared/data/users.ts';
import { toMemberResponse } from '../../../shared/domain/membership.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationIdParams } from '../../../shared/schemas/members.ts';

export const handler = route({ params: InvitationIdParams }, async ({ caller, params }) => {
  const user = await ensureUser(caller);
  const member = await acceptInvitation(caller, params.invitationId, { name: user.name });
  return { body: { orgId: member.orgId, ...toMemberResponse(member) } };
});
