import { toInvitationResponse } from '../../../shared/invitations/domain/invitation.ts';
import { getInvitation } from '../../../shared/invitations/invitations.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { invitationsRoutes } from './routes.ts';

export const handler = route(invitationsRoutes.getInvitation, async ({ params }) => {
  const invitation = await getInvitation(params.orgId, params.invitationId);
  if (!invitation) throw notFound('Invitation');
  return { body: toInvitationResponse(invitation) };
});
