import { ProfileSchema, UpdateMeSchema } from '../../../shared/me/schemas.ts';
import { MyInvitationPageSchema } from '../../../shared/members/schemas.ts';
import { MyOrgPageSchema } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';

/** The me area's routes: one definition each (see CONTRIBUTING.md). */
export const meRoutes = defineRoutes('me', {
  getMe: {
    route: 'GET /me',
    summary: 'The caller’s profile (created on first call)',
    description:
      'The first call with a valid token registers the user: from then on they can be invited by their verified email. `defaultOrgId` is never an organization where the caller is not active, nor one whose deletion is scheduled (except for its owner, who may restore it).',
    responses: { 200: { description: 'Profile', schema: ProfileSchema } },
    // ConditionCheckItem: registration auto-invites by the email's domain (shared/domains/auto-invite.ts);
    // BatchGetItem: the user's item with what SCIM provisioned for their email; Query, DeleteItem:
    // binding those users (and the role their SCIM groups give, read from the org's groups)
    tableActions: [
      'GetItem',
      'BatchGetItem',
      'PutItem',
      'UpdateItem',
      'ConditionCheckItem',
      'Query',
      'DeleteItem',
    ],
    queryIndexes: ['byGsi1'],
  },
  updateMe: {
    route: 'PATCH /me',
    summary: 'Update name or the default organization (the org switcher)',
    description:
      'Changes the display name or the default organization (the org switcher); `defaultOrgId` must be an organization where the caller is an active member and whose deletion is not scheduled (400 otherwise).',
    request: { body: UpdateMeSchema },
    responses: { 200: { description: 'Updated profile', schema: ProfileSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
  },
  listMyOrganizations: {
    route: 'GET /me/organizations',
    summary: 'Organizations where the caller is an active or blocked member',
    description: 'Organizations where the caller is an active or blocked member, with their role and status.',
    request: { query: PageQuerySchema },
    responses: { 200: { description: 'Memberships', schema: MyOrgPageSchema } },
    tableActions: ['BatchGetItem'],
    queryIndexes: ['byGsi1'],
    secrets: ['cursor'],
  },
  listMyInvitations: {
    route: 'GET /me/invitations',
    summary: "Pending, unexpired invitations to the caller's verified email",
    description:
      'Pending, unexpired invitations addressed to the caller’s verified email, each with the organization’s name and logo and the inviter’s name (the organization itself is 404 to the invitee until they accept). An unverified email sees none.',
    request: { query: PageQuerySchema },
    responses: { 200: { description: 'Invitations', schema: MyInvitationPageSchema } },
    tableActions: ['BatchGetItem'],
    queryIndexes: ['byGsi1'],
    secrets: ['cursor'],
  },
});
