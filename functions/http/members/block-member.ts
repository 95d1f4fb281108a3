import { authorize } from '../../../shared/data/access.ts';
import { idempotently } from '../../../shared/data/idempotency.ts';
import { blockMember } from '../../../shared/data/members.ts';
import { type MemberRecord, toMemberResponse } from '../../../shared/domain/membership.ts';
import { route } from '../../../shared/http/route.ts';
import { MemberParams } from '../../../shared/schemas/members.ts';

const blocked = (member: MemberRecord) => ({ body: toMemberResponse(member) });

export const handler = route(
  { params: MemberParams, idempotent: true },
  async ({ caller, params, idempotency }) => {
    const actor = await authorize(params.orgId, caller, 'members:manage');
    return idempotently(idempotency, blocked, (append) => blockMember(actor, params.userId, append));
  },
);
