import { authorize } from '../../../shared/data/access.ts';
import { idempotencyOf, idempotently } from '../../../shared/data/idempotency.ts';
import { createInvitation } from '../../../shared/data/invitations.ts';
import { inviteesFor } from '../../../shared/data/users.ts';
import { type InvitationRecord, toInvitationResponse } from '../../../shared/domain/invitation.ts';
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
  { params: OrgIdParams, body: CreateInvitationSchema },
  async ({ caller, params, body, headers }) => {
    const actor = await authorize(params.orgId, caller, 'members:manage');
    const idempotency = idempotencyOf(headers, `invite:${params.orgId}:${caller.userId}`, body);
    return idempotently(idempotency, created, async (append) => {
      const invitees = await inviteesFor(body.email);
      if (invitees.some((user) => user.id === actor.userId)) {
        throw new ApiError('ALREADY_MEMBER', 'You are already a member of this organization.');
      }
      const inviteeUserIds = invitees.map((user) => user.id);
      return createInvitation(actor, { email: body.email, role: body.role, inviteeUserIds }, append);
    });
  },
);
