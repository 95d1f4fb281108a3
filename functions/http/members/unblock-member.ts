import { type MemberRecord, toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { unblockMember } from '../../../shared/members/members.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { membersRoutes } from './routes.ts';

const unblocked = (member: MemberRecord) => ({ body: toMemberResponse(member) });

export const handler = route(membersRoutes.unblockMember, async ({ actor, org, params, idempotency }) => {
  return idempotently(idempotency, unblocked, (append) => unblockMember(actor, org, params.userId, append));
});
