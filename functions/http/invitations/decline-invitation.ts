import { idempotently } from '../../../shared/data/idempotency.ts';
import { declineInvitation } from '../../../shared/data/invitations.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationIdParams } from '../../../shared/schemas/members.ts';

export const handler = route(
  { params: InvitationIdParams, idempotent: true },
  async ({ caller, params, idempotency }) =>
    idempotently(
      idempotency,
      () => ({ status: 204 }),
      (append) => declineInvitation(caller, params.invitationId, append),
    ),
);
