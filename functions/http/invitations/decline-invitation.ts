import { declineInvitation } from '../../../shared/data/invitations.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationIdParams } from '../../../shared/schemas/members.ts';

export const handler = route({ params: InvitationIdParams }, async ({ caller, params }) => {
  await declineInvitation(caller, params.invitationId);
  return { status: 204 };
});
