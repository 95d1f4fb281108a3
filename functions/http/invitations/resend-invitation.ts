import {
  type InvitationRecord,
  toInvitationResponse,
} from '../../../shared/invitations/domain/invitation.ts';
import { lookupInvitation, resendInvitation } from '../../../shared/invitations/invitations.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { spendInvitation } from '../../../shared/platform/rate-limits.ts';
import { invitationsRoutes } from './routes.ts';

const resent = (invitation: InvitationRecord) => ({ body: toInvitationResponse(invitation) });

export const handler = route(
  invitationsRoutes.resendInvitation,
  async ({ actor, caller, params, idempotency }) => {
    return idempotently(idempotency, resent, async (append) => {
      const { email } = await lookupInvitation(params.invitationId);
      // a resend is one more email to the invitee: it counts like an invitation
      await spendInvitation(params.orgId, caller.userId, email);
      return resendInvitation(actor, params.invitationId, append);
    });
  },
);
