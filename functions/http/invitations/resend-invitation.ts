import {
  type InvitationRecord,
  toInvitationResponse,
} from '../../../shared/invitations/domain/invitation.ts';
import { invitationOf, resendInvitation } from '../../../shared/invitations/invitations.ts';
import { getItem } from '../../../shared/platform/dynamo/get-item.ts';
import { keys } from '../../../shared/platform/dynamo/keys.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { invitationSpend, invitationWindowKey } from '../../../shared/platform/rate-limits.ts';
import { invitationsRoutes } from './routes.ts';

const resent = (invitation: InvitationRecord) => ({ body: toInvitationResponse(invitation) });

export const handler = route(
  invitationsRoutes.resendInvitation,
  async ({ actor, caller, params, idempotency, readWithAccess: [stored] }) => {
    return idempotently(idempotency, resent, async (append) => {
      const invitation = invitationOf(stored);
      if (!invitation) throw notFound('Invitation');
      // a resend is one more email to the invitee: it counts like an invitation, with it
      const window = await getItem(invitationWindowKey(params.orgId, invitation.email));
      const spend = invitationSpend(params.orgId, caller.userId, invitation.email, window);
      return resendInvitation(actor, invitation, append, spend);
    });
  },
  // the invitation, read with the membership and the org: one round trip
  { readWithAccess: ({ params }) => [keys.invitation(params.orgId, params.invitationId)] },
);
