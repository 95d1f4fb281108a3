import { revokeInvitation } from '../../../shared/invitations/invitations.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { invitationsRoutes } from './routes.ts';

export const handler = route(invitationsRoutes.revokeInvitation, async ({ actor, params }) => {
  await revokeInvitation(actor, params.invitationId);
  return { status: 204 };
});
