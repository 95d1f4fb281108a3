import { inviteDomainAllowed, securityPolicyOf } from '../../../shared/access/domain/security-policy.ts';
import type { JoinRequestRecord } from '../../../shared/domains/domain/domain.ts';
import { createJoinRequest } from '../../../shared/domains/join-requests.ts';
import { getUser } from '../../../shared/me/users.ts';
import { getOrg } from '../../../shared/orgs/orgs.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { domainsRoutes } from './routes.ts';

const created = (request: JoinRequestRecord) => ({
  status: 201,
  body: { id: request.id, status: 'pending' as const },
  headers: { location: `/orgs/${request.orgId}/join-requests/${request.id}` },
});

export const handler = route(domainsRoutes.createJoinRequest, async ({ caller, params, idempotency }) => {
  const [profile, org] = await Promise.all([getUser(caller.userId), getOrg(params.orgId)]);
  // the organization's security policy holds for join requests as for invitations
  if (org && caller.email && !inviteDomainAllowed(securityPolicyOf(org), caller.email)) {
    throw new ApiError(
      'EMAIL_DOMAIN_NOT_ALLOWED',
      "The organization's security policy allows members only from its own email domains.",
    );
  }
  return idempotently(idempotency, created, (append) =>
    createJoinRequest(caller, params.orgId, { name: profile?.name ?? null }, append),
  );
});
