import { authorize } from '../../../shared/data/access.ts';
import { listInvitations } from '../../../shared/data/invitations.ts';
import { toInvitationResponse } from '../../../shared/domain/invitation.ts';
import { route } from '../../../shared/http/route.ts';
import { InvitationQuerySchema } from '../../../shared/schemas/members.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

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
