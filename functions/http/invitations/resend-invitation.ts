import { authorize } from '../../../shared/data/access.ts';
import { lookupInvitation, resendInvitation } from '../../../shared/data/invitations.ts';
import { spendInvitation } from '../../../shared/data/rate-limits.ts';
import { toInvitationResponse } from '../../../shared/domain/invitation.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationParams } from '../../../shared/schemas/members.ts';

export const handler = route({ params: InvitationParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'members:manage');
  const { email } = await lookupInvitation(params.invitationId);
  // a resend is one more email to the invitee: it counts like an invitation
  await spendInvitation(params.orgId, caller.userId, email);
  return { body: toInvitationResponse(await resendInvitation(actor, params.invitationId)) };
});
