import { autoInviteDomainUsers } from '../../../shared/domains/auto-invite.ts';
import { toDomainResponse } from '../../../shared/domains/domain/domain.ts';
import { changeEnrollment } from '../../../shared/domains/domains.ts';
import { assertMayGive } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { domainsRoutes } from './routes.ts';

export const handler = route(domainsRoutes.updateDomain, async ({ actor, org, params, body }) => {
  // no escalation: the role a domain's enrollment gives holds nothing its setter lacks
  if (body.role) assertMayGive(actor, org, body.role, 'members:invite');
  const { before, after } = await changeEnrollment(actor, params.domainId, body);
  // turned on: the users already registered on the domain are invited now
  if (after.enrollment === 'auto_invite' && before.enrollment !== 'auto_invite') {
    await autoInviteDomainUsers({
      domain: after.domain,
      orgId: after.orgId,
      domainId: after.id,
      enrollment: after.enrollment,
      role: after.role,
    });
  }
  return { body: toDomainResponse(after) };
});
