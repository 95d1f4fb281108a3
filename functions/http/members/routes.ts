import {
  ChangeRoleSchema,
  MemberPageSchema,
  MemberParams,
  MemberSchema,
  RosterQuerySchema,
} from '../../../shared/members/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

/** The members area's routes: one definition each (see CONTRIBUTING.md). */
export const membersRoutes = defineRoutes('members', {
  listMembers: {
    route: 'GET /orgs/{orgId}/members',
    summary: 'Members and pending invitees',
    description:
      'Active and blocked members and pending invitees (status `invited`). Blocked members do not take a seat. Pages cost the same whatever the size of the organization.',
    permission: 'org:read',
    request: { params: OrgIdParams, query: RosterQuerySchema },
    responses: { 200: { description: 'Roster', schema: MemberPageSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
  getMember: {
    route: 'GET /orgs/{orgId}/members/{userId}',
    summary: 'One membership',
    description: 'One active or blocked membership.',
    permission: 'org:read',
    request: { params: MemberParams },
    responses: { 200: { description: 'Membership', schema: MemberSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  changeMemberRole: {
    route: 'PATCH /orgs/{orgId}/members/{userId}',
    summary: "Change a member's role (never to or from owner)",
    description:
      'Never to or from `owner` (use the ownership transfer): 409 `OWNER_REQUIRED` for the owner. Admins never change the owner.',
    permission: 'members:manage',
    request: { params: MemberParams, body: ChangeRoleSchema },
    responses: { 200: { description: 'Membership', schema: MemberSchema } },
    errors: ['OWNER_REQUIRED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem', 'DeleteItem'],
  },
  blockMember: {
    route: 'POST /orgs/{orgId}/members/{userId}/block',
    idempotent: true,
    summary: 'Block a member: access ends at once, the seat is freed',
    description:
      'The member’s next request to this organization is refused, whatever their token says; their data stays. Frees a seat.',
    permission: 'members:manage',
    request: { params: MemberParams },
    responses: { 200: { description: 'Blocked membership', schema: MemberSchema } },
    errors: ['OWNER_REQUIRED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem', 'DeleteItem'],
  },
  unblockMember: {
    route: 'POST /orgs/{orgId}/members/{userId}/unblock',
    idempotent: true,
    summary: 'Unblock a member (needs a free seat)',
    description: 'The member regains access; needs a free seat (409 `MEMBER_LIMIT_REACHED`).',
    permission: 'members:manage',
    request: { params: MemberParams },
    responses: { 200: { description: 'Active membership', schema: MemberSchema } },
    errors: ['OWNER_REQUIRED', 'MEMBER_LIMIT_REACHED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
  },
  removeMember: {
    route: 'DELETE /orgs/{orgId}/members/{userId}',
    summary: 'Remove a member, or leave',
    description:
      'A removed member can be invited again and keeps no old role. The owner can neither be removed nor leave (409 `OWNER_REQUIRED`). A member may remove themself (leave), even while blocked. Removing, blocking or changing the role of the target of a pending ownership transfer cancels that transfer in the same transaction.',
    permission: 'members:manage',
    permissionCheckedBy: 'handler',
    who: 'Any member may remove themself (leave), a blocked member too.',
    request: { params: MemberParams },
    responses: { 204: { description: 'Removed', schema: null } },
    errors: ['OWNER_REQUIRED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'UpdateItem', 'PutItem'],
  },
});
