import { authorize } from '../../../shared/data/access.ts';
import { resendInvitation } from '../../../shared/data/invitations.ts';
import { toInvitationResponse } from '../../../shared/domain/invitation.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationParams } from '../../../shared/schemas/members.ts';

export const handler = route({ params: InvitationParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'members:manage');
  return { body: toInvitationResponse(await resendInvitation(actor, params.invitationId)) };
});
