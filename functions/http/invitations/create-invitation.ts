import {
  type InvitationRecord,
  toInvitationResponse,
} from '../../../shared/invitations/domain/invitation.ts';
import { createInvitation } from '../../../shared/invitations/invitations.ts';
import { inviteesFor } from '../../../shared/me/users.ts';
import { authorize } from '../../../shared/members/access.ts';
import { CreateInvitationSchema } from '../../../shared/members/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { requireVerifiedEmail } from '../../../shared/platform/http/auth.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { spendInvitation } from '../../../shared/platform/rate-limits.ts';

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
