import { toInvitationResponse } from '../../../shared/invitations/domain/invitation.ts';
import { listInvitations } from '../../../shared/invitations/invitations.ts';
import { authorize } from '../../../shared/members/access.ts';
import { InvitationQuerySchema } from '../../../shared/members/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: OrgIdParams, query: InvitationQuerySchema },
  async ({ caller, params, query }) => {
    await authorize(params.orgId, caller, 'members:manage');
    const page = await listInvitations(params.orgId, query);
    const now = new Date();
    return {
      body: { items: page.items.map((item) => toInvitationResponse(item, now)), nextCursor: page.nextCursor },
    };
  },
);
