import { type MemberRecord, toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { blockMember } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { membersRoutes } from './routes.ts';

const blocked = (member: MemberRecord) => ({ body: toMemberResponse(member) });

export const handler = route(membersRoutes.blockMember, async ({ actor, org, params, idempotency }) => {
  return idempotently(idempotency, blocked, (append) => blockMember(actor, org, params.userId, append));
});
