import { toMyInvitationResponse } from '../../../shared/invitations/domain/invitation.ts';
import { listInvitationsForEmail } from '../../../shared/invitations/invitations.ts';
import { orgCards } from '../../../shared/orgs/org-cards.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { meRoutes } from './routes.ts';

/**
 * Only a verified email sees invitations: an unverified claim gets an empty list.
 * Each item shows what the invitee needs to decide: the org's name and logo, who invited, role, expiry.
 */
export const handler = route(meRoutes.listMyInvitations, async ({ caller, query }) => {
  if (!caller.email || !caller.emailVerified) return { body: { items: [], nextCursor: null } };
  const page = await listInvitationsForEmail(caller.email, query);
  const cards = await orgCards(page.items.map((item) => item.orgId));
  return {
    body: {
      items: page.items.map((item) => toMyInvitationResponse(item, cards.get(item.orgId))),
      nextCursor: page.nextCursor,
    },
  };
});
