import {
  AcceptedMembershipSchema,
  CreateInvitationSchema,
  InvitationIdParams,
  InvitationPageSchema,
  InvitationParams,
  InvitationQuerySchema,
  InvitationSchema,
} from '../../../shared/members/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

/** The invitations area's routes: one definition each (see CONTRIBUTING.md). */
export const invitationsRoutes = defineRoutes('invitations', {
  createInvitation: {
    route: 'POST /orgs/{orgId}/invitations',
    idempotent: true,
    summary: 'Invite a registered user by email (honours Idempotency-Key)',
    description:
      'The invitee must have signed in once with this email verified (422 `USER_NOT_REGISTERED`; 422 `EMAIL_NOT_VERIFIED` when they signed in but their email is not verified). One pending invitation per email per organization (409 `INVITATION_PENDING`); members, active or blocked, are 409 `ALREADY_MEMBER`. The role is never `owner`. Valid for `INVITATION_TTL_SECONDS` (7 days by default). Seats: invitations may exceed the free seats; accepting needs a free seat. The invitee is emailed. An organization has at most 1,000 pending invitations (409 `PENDING_INVITATION_LIMIT_REACHED`, nothing written): a slot frees when one is accepted, declined, revoked (also when its inviter lost the invite permission, or with the organization’s deletion) or expires — an expired one when the cleanup marks it expired (every 5 minutes) or DynamoDB’s TTL deletes it, whichever is first; a resend keeps it pending. Abuse limits (429 `RATE_LIMITED` with `Retry-After`): at most 10 invitations (resends included) to one email from one organization per rolling 24 h, revoked and declined ones included; per organization and per inviter per clock hour (60 and 20 by default). An invitation sent counts, and so do the not-registered and not-verified answers, so probing which emails are registered is throttled like inviting; a refusal (409, 429) counts nothing. The inviter’s own email must be verified (403 `VERIFIED_EMAIL_REQUIRED`). Emails are compared after trimming and lower-casing; a character whose lower case is ASCII but is not ASCII itself (the Kelvin sign) is kept, so a lookalike never matches.',
    permission: 'members:invite',
    request: { params: OrgIdParams, body: CreateInvitationSchema },
    responses: {
      201: { description: 'Pending invitation', schema: InvitationSchema, headers: ['Location'] },
    },
    errors: [
      'PAYMENT_REQUIRED',
      'USER_NOT_REGISTERED',
      'EMAIL_NOT_VERIFIED',
      'ALREADY_MEMBER',
      'INVITATION_PENDING',
      'PENDING_INVITATION_LIMIT_REACHED',
      'RATE_LIMITED',
      'VERIFIED_EMAIL_REQUIRED',
    ],
    tableActions: ['GetItem', 'BatchGetItem', 'Query', 'ConditionCheckItem', 'PutItem', 'UpdateItem'],
    queryIndexes: ['byGsi1'],
  },
  listInvitations: {
    route: 'GET /orgs/{orgId}/invitations',
    summary: 'List invitations, filtered by status',
    description:
      'The organization’s invitations, newest first. A pending invitation past its expiry is reported `expired` even before cleanup marks it.',
    permission: 'members:invite',
    request: { params: OrgIdParams, query: InvitationQuerySchema },
    responses: { 200: { description: 'Invitations', schema: InvitationPageSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
  getInvitation: {
    route: 'GET /orgs/{orgId}/invitations/{invitationId}',
    summary: 'Read one invitation',
    description:
      'One invitation of the organization, whatever its status. A pending invitation past its expiry is reported `expired` even before cleanup marks it. An invitation of another organization is 404.',
    permission: 'members:invite',
    request: { params: InvitationParams },
    responses: { 200: { description: 'The invitation', schema: InvitationSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  revokeInvitation: {
    route: 'DELETE /orgs/{orgId}/invitations/{invitationId}',
    summary: 'Revoke a pending invitation',
    description: 'Whoever invited. Revoking a revoked invitation is a no-op (204). The invitee is emailed.',
    permission: 'members:invite',
    request: { params: InvitationParams },
    responses: { 204: { description: 'Revoked', schema: null } },
    errors: ['INVITATION_ALREADY_USED', 'INVITATION_EXPIRED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'DeleteItem', 'PutItem'],
  },
  resendInvitation: {
    route: 'POST /orgs/{orgId}/invitations/{invitationId}/resend',
    idempotent: true,
    summary: 'Send again and renew the validity',
    description:
      'Emails the invitation again and renews its validity. At most 5 resends per invitation per rolling day, and each resend counts against the invitation limits of `POST /orgs/{orgId}/invitations` (429 `RATE_LIMITED` with `Retry-After`).',
    permission: 'members:invite',
    request: { params: InvitationParams },
    responses: { 200: { description: 'Renewed invitation', schema: InvitationSchema } },
    errors: ['RATE_LIMITED', 'INVITATION_ALREADY_USED', 'INVITATION_EXPIRED', 'INVITATION_REVOKED'],
    tableActions: ['GetItem', 'BatchGetItem', 'Query', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
  },
  acceptInvitation: {
    route: 'POST /invitations/{invitationId}/accept',
    idempotent: true,
    summary: 'Accept an invitation (the invitee)',
    description:
      'One transaction marks the invitation accepted, creates the membership with the invited role and takes a seat (409 `MEMBER_LIMIT_REACHED` when none is free). Access ends with the people who granted it: the inviter must still be an active member allowed to invite; otherwise the invitation becomes revoked (listed with status `revoked`) and the answer is 410 `INVITATION_REVOKED`.',
    who: 'The invitee only: the caller’s verified email must equal the invited email (403 `INVITATION_EMAIL_MISMATCH`).',
    request: { params: InvitationIdParams },
    responses: { 200: { description: 'Active membership', schema: AcceptedMembershipSchema } },
    errors: [
      'INVITATION_EMAIL_MISMATCH',
      'INVITATION_EXPIRED',
      'INVITATION_REVOKED',
      'INVITATION_ALREADY_USED',
      'MEMBER_LIMIT_REACHED',
      'ALREADY_MEMBER',
    ],
    tableActions: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
  },
  declineInvitation: {
    route: 'POST /invitations/{invitationId}/decline',
    idempotent: true,
    summary: 'Decline an invitation (the invitee)',
    description: 'The invitation ends; the organization can invite the same email again.',
    who: 'The invitee only: the caller’s verified email must equal the invited email (403 `INVITATION_EMAIL_MISMATCH`).',
    request: { params: InvitationIdParams },
    responses: { 204: { description: 'Declined', schema: null } },
    errors: [
      'INVITATION_EMAIL_MISMATCH',
      'INVITATION_EXPIRED',
      'INVITATION_REVOKED',
      'INVITATION_ALREADY_USED',
    ],
    tableActions: ['GetItem', 'UpdateItem', 'DeleteItem', 'PutItem'],
  },
});
