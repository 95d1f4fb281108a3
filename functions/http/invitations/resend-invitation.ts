import { authorize } from '../../../shared/data/access.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { lookupInvitation, resendInvitation } from '../../../shared/data/invitations.ts';
import { spendInvitation } from '../../../shared/data/rate-limits.ts';
import { type InvitationRecord, toInvitationResponse } from '../../../shared/domain/invitation.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationParams } from '../../../shared/schemas/members.ts';

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
