import type { JoinRequestRecord } from '../../../shared/domains/domain/domain.ts';
import { createJoinRequest } from '../../../shared/domains/join-requests.ts';
import { getUser } from '../../../shared/me/users.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { domainsRoutes } from './routes.ts';

const created = (request: JoinRequestRecord) => ({
  status: 201,
  body: { id: request.id, status: 'pending' as const },
  headers: { location: `/orgs/${request.orgId}/join-requests/${request.id}` },
});

export const handler = route(domainsRoutes.createJoinRequest, async ({ caller, params, idempotency }) => {
  const profile = await getUser(caller.userId);
  return idempotently(idempotency, created, (append) =>
    createJoinRequest(caller, params.orgId, { name: profile?.name ?? null }, append),
  );
});
