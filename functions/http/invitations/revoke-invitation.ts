import { revokeInvitation } from '../../../shared/invitations/invitations.ts';
import { authorize } from '../../../shared/members/access.ts';
import { InvitationParams } from '../../../shared/members/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: InvitationParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'members:manage');
  await revokeInvitation(actor, params.invitationId);
  return { status: 204 };
});
