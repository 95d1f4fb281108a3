import { toInvitationResponse } from '../../../shared/invitations/domain/invitation.ts';
import { listInvitations } from '../../../shared/invitations/invitations.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { invitationsRoutes } from './routes.ts';

export const handler = route(invitationsRoutes.listInvitations, async ({ params, query }) => {
  const page = await listInvitations(params.orgId, query);
  const now = new Date();
  return {
    body: { items: page.items.map((item) => toInvitationResponse(item, now)), nextCursor: page.nextCursor },
  };
});
