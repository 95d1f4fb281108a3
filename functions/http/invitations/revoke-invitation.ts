import { authorize } from '../../../shared/data/access.ts';
import { revokeInvitation } from '../../../shared/data/invitations.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationParams } from '../../../shared/schemas/members.ts';

export const handler = route({ params: InvitationParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'members:manage');
  await revokeInvitation(actor, params.invitationId);
  return { status: 204 };
});
