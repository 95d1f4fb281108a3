import {
  type InvitationRecord,
  toInvitationResponse,
} from '../../../shared/invitations/domain/invitation.ts';
import { lookupInvitation, resendInvitation } from '../../../shared/invitations/invitations.ts';
import { authorize } from '../../../shared/members/access.ts';
import { InvitationParams } from '../../../shared/members/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { spendInvitation } from '../../../shared/platform/rate-limits.ts';

const resent = (invitation: InvitationRecord) => ({ body: toInvitationResponse(invitation) });

export const handler = route(
  { params: InvitationParams, idempotent: true },
  async ({ caller, params, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'members:manage');
    return idempotently(idempotency, resent, async (append) => {
      const { email } = await lookupInvitation(params.invitationId);
      // a resend is one more email to the invitee: it counts like an invitation
      await spendInvitation(params.orgId, caller.userId, email);
      return resendInvitation(actor, params.invitationId, append);
    });
  },
);
