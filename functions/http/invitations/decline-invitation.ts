import { declineInvitation } from '../../../shared/invitations/invitations.ts';
import { InvitationIdParams } from '../../../shared/members/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';

export const handler = route(
  { params: InvitationIdParams, idempotent: true },
  async ({ caller, params, idempotency }) =>
    idempotently(
      idempotency,
      () => ({ status: 204 }),
      (append) => declineInvitation(caller, params.invitationId, append),
    ),
);
