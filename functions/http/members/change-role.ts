import { authorize } from '../../../shared/members/access.ts';
import { toMemberResponse } from '../../../shared/members/domain/membership.ts';
import { changeRole } from '../../../shared/members/members.ts';
import { ChangeRoleSchema, MemberParams } from '../../../shared/members/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: MemberParams, body: ChangeRoleSchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'members:manage');
    return { body: toMemberResponse(await changeRole(actor, params.userId, body.role)) };
  },
);
