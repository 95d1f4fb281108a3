import { authorize } from '../../../shared/members/access.ts';
import { type MemberRecord, toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { unblockMember } from '../../../shared/members/members.ts';
import { MemberParams } from '../../../shared/members/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';

const unblocked = (member: MemberRecord) => ({ body: toMemberResponse(member) });

export const handler = route(
  { params: MemberParams, idempotent: true },
  async ({ caller, params, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'members:manage');
    return idempotently(idempotency, unblocked, (append) => unblockMember(actor, params.userId, append));
  },
);
