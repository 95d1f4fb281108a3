import { authorize } from '../../../shared/data/access.ts';
import { idempotencyOf, idempotencyPut, replayOf } from '../../../shared/data/idempotency.ts';
import { createInvitation } from '../../../shared/data/invitations.ts';
import { AppendedItemFailed } from '../../../shared/data/transact.ts';
import { findUsersByEmail } from '../../../shared/data/users.ts';
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
    const replay = await replayOf(idempotency);
    if (replay) return replay;
    const invitees = await findUsersByEmail(body.email);
    if (invitees.length === 0) {
      throw new ApiError(
        'USER_NOT_REGISTERED',
        'No user has signed in with this email yet. Ask them to sign in once, then invite them.',
      );
    }
    if (invitees.some((user) => user.id === actor.userId)) {
      throw new ApiError('ALREADY_MEMBER', 'You are already a member of this organization.');
    }
    try {
      const invitation = await createInvitation(
        actor,
        { email: body.email, role: body.role, inviteeUserIds: invitees.map((user) => user.id) },
        (invitation) => (idempotency ? [idempotencyPut(idempotency, created(invitation))] : []),
      );
      return created(invitation);
    } catch (error) {
      if (!(error instanceof AppendedItemFailed)) throw error;
      const raced = await replayOf(idempotency);
      if (raced) return raced;
      throw new ApiError('CONFLICT', 'A request with this Idempotency-Key is in progress. Retry.');
    }
  },
);
