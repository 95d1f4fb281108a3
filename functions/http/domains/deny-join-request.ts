import { type JoinRequestRecord, toJoinRequestResponse } from '../../../shared/domains/domain/domain.ts';
import { denyJoinRequest } from '../../../shared/domains/join-requests.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { domainsRoutes } from './routes.ts';

export const handler = route(domainsRoutes.denyJoinRequest, async ({ actor, params, idempotency }) =>
  idempotently(
    idempotency,
    (request: JoinRequestRecord) => ({ body: toJoinRequestResponse(request) }),
    (append) => denyJoinRequest(actor, params.requestId, append),
  ),
);
