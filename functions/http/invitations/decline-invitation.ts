import { declineInvitation } from '../../../shared/invitations/invitations.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { invitationsRoutes } from './routes.ts';

export const handler = route(invitationsRoutes.declineInvitation, async ({ caller, params, idempotency }) =>
  idempotently(
    idempotency,
    () => ({ status: 204 }),
    (append) => declineInvitation(caller, params.invitationId, append),
  ),
);
