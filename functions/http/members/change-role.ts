import { authorize } from '../../../shared/data/access.ts';
import { changeRole } from '../../../shared/data/members.ts';
import { toMemberResponse } from '../../../shared/domain/membership.ts';
import { route } from '../../../shared/http/route.ts';
import { ChangeRoleSchema, MemberParams } from '../../../shared/schemas/members.ts';

export const handler = route(
  { params: MemberParams, body: ChangeRoleSchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'members:manage');
    return { body: toMemberResponse(await changeRole(actor, params.userId, body.role)) };
  },
);
