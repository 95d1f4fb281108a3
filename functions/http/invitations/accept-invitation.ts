import { ensureUser } from '../../../shared/me/users.ts';
import { type MemberRecord, toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { acceptInvitation } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { invitationsRoutes } from './routes.ts';

const accepted = (member: MemberRecord) => ({ body: { orgId: member.orgId, ...toMemberResponse(member) } });

export const handler = route(invitationsRoutes.acceptInvitation, async ({ caller, params, idempotency }) => {
  const user = await ensureUser(caller);
  return idempotently(idempotency, accepted, (append) =>
    acceptInvitation(caller, params.invitationId, { name: user.name }, append),
  );
});
