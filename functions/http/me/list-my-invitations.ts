import { listInvitationsForEmail } from '../../../shared/data/invitations.ts';
import { toInvitationResponse } from '../../../shared/domain/invitation.ts';
import { route } from '../../../shared/http/route.ts';
import { PageQuerySchema } from '../../../shared/schemas/common.ts';

/** Only a verified email sees invitations: an unverified claim gets an empty list. */
export const handler = route({ query: PageQuerySchema }, async ({ caller, query }) => {
  if (!caller.email || !caller.emailVerified) return { body: { items: [], nextCursor: null } };
  const page = await listInvitationsForEmail(caller.email, query);
  return {
    body: { items: page.items.map((item) => toInvitationResponse(item)), nextCursor: page.nextCursor },
  };
});
