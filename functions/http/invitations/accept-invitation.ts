import { idempotently } from '../../../shared/data/idempotency.ts';
import { acceptInvitation } from '../../../shared/data/members.ts';
import { ensureUser } from '../../../shared/data/users.ts';
import { type MemberRecord, toMemberResponse } from '../../../shared/domain/membership.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationIdParams } from '../../../shared/schemas/members.ts';

const accepted = (member: MemberRecord) => ({ body: { orgId: member.orgId, ...toMemberResponse(member) } });

export const handler = route(
  { params: InvitationIdParams, idempotent: true },
  async ({ caller, params, idempotency }) => {
    const user = await ensureUser(caller);
    return idempotently(idempotency, accepted, (append) =>
      acceptInvitation(caller, params.invitationId, { name: user.name }, append),
    );
  },
);
