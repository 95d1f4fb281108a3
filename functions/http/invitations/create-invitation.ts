import { authorize } from '../../../shared/data/access.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { createInvitation } from '../../../shared/data/invitations.ts';
import { spendInvitation } from '../../../shared/data/rate-limits.ts';
import { inviteesFor } from '../../../shared/data/users.ts';
import { type InvitationRecord, toInvitationResponse } from '../../../shared/domain/invitation.ts';
import { requireVerifiedEmail } from '../../../shared/http/auth.ts';
import { ApiError } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { CreateInvitationSchema } from '../../../shared/schemas/members.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

const created = (invitation: InvitationRecord) => ({
  status: 201,
  body: toInvitationResponse(invitation),
  headers: { location: `/orgs/${invitation.orgId}/invitations/${invitation.id}` },
});

export const handler = route(
  { params: OrgIdParams, body: CreateInvitationSchema, idempotent: true },
  async ({ caller, params, body, idempotency }) => {
    requireVerifiedEmail(caller);
    const actor = await authorize(params.orgId, caller, 'members:manage');
    return idempotently(idempotency, created, async (append) => {
      // before anything is looked up: the not-registered answer costs an invitation too
      await spendInvitation(params.orgId, caller.userId, body.email);
      const invitees = await inviteesFor(body.email);
      if (invitees.some((user) => user.id === actor.userId)) {
        throw new ApiError('ALREADY_MEMBER', 'You are already a member of this organization.');
      }
      const inviteeUserIds = invitees.map((user) => user.id);
      return createInvitation(actor, { email: body.email, role: body.role, inviteeUserIds }, append);
    });
  },
);
