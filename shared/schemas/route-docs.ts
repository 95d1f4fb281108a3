import type * as z from 'zod';
import {
  BillingDetailsSchema,
  BillingSchema,
  ChoosePlanSchema,
  SetupIntentSchema,
  WebhookReceiptSchema,
} from './billing.ts';
import { PageQuerySchema } from './common.ts';
import { ProfileSchema, UpdateMeSchema } from './me.ts';
import {
  ChangeRoleSchema,
  CreateInvitationSchema,
  InvitationIdParams,
  InvitationPageSchema,
  InvitationParams,
  InvitationQuerySchema,
  InvitationSchema,
  MemberPageSchema,
  MemberParams,
  MemberSchema,
  RosterQuerySchema,
  StartTransferSchema,
  TransferSchema,
} from './members.ts';
import {
  AuditPageSchema,
  AuditQuerySchema,
  CreateOrgSchema,
  MyOrgPageSchema,
  OnboardingSchema,
  OrgIdParams,
  OrgSchema,
  UpdateOrgSchema,
  WorkspaceBodySchema,
  WorkspacePageSchema,
  WorkspaceParams,
  WorkspaceSchema,
} from './orgs.ts';
import { HealthSchema, PlanListSchema } from './system.ts';
import { webhookRouteDocs } from './webhooks.ts';

export interface RouteDoc {
  description?: string;
  request?: { body?: z.ZodType; query?: z.ZodObject; params?: z.ZodObject };
  /** status → body schema (null: no body) */
  responses: Record<number, { description: string; schema: z.ZodType | null }>;
  /** error codes this route can answer besides the common ones */
  errors?: string[];
}

/** Request and response schemas per route id of infra/routes.ts: the OpenAPI source. */
export const routeDocs: Record<string, RouteDoc> = {
  health: { responses: { 200: { description: 'The service answers', schema: HealthSchema } } },
  openapi: { responses: { 200: { description: 'This document', schema: null } } },
  listPlans: { responses: { 200: { description: 'Plans', schema: PlanListSchema } } },
  getMe: {
    description:
      'The first call with a valid token registers the user: from then on they can be invited by their verified email.',
    responses: { 200: { description: 'Profile', schema: ProfileSchema } },
  },
  updateMe: {
    request: { body: UpdateMeSchema },
    responses: { 200: { description: 'Updated profile', schema: ProfileSchema } },
  },
  listMyOrganizations: {
    request: { query: PageQuerySchema },
    responses: { 200: { description: 'Memberships', schema: MyOrgPageSchema } },
  },
  createOrganization: {
    description:
      'Creates the organization in `sandbox` mode on the `basic` plan with a default workspace; the caller becomes its `owner` and, if they had none, it becomes their `defaultOrgId`. A user can create one organization. Send an `Idempotency-Key` header to retry safely: the same key and body within 24 h answer the first response (header `Idempotent-Replayed: true`); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`.',
    request: { body: CreateOrgSchema },
    responses: { 201: { description: 'Created (ETag and Location headers)', schema: OrgSchema } },
    errors: ['ORG_LIMIT_REACHED', 'IDEMPOTENCY_KEY_REUSED'],
  },
  getOrganization: {
    description:
      'Answers 404 to anyone who is not an active member. The `ETag` header is the version for `If-Match`.',
    request: { params: OrgIdParams },
    responses: {
      200: { description: 'The organization', schema: OrgSchema },
      304: { description: 'Not modified (If-None-Match)', schema: null },
    },
    errors: ['NOT_FOUND'],
  },
  updateOrganization: {
    description:
      'Owner and admin. Branding URLs must be https (max 2048 characters); `null` clears one. With `If-Match` a stale version is 412; the version check is a DynamoDB condition. The first successful update completes the `settings` onboarding step.',
    request: { params: OrgIdParams, body: UpdateOrgSchema },
    responses: { 200: { description: 'Updated organization (new ETag)', schema: OrgSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
  },
  getOnboarding: {
    description:
      'Steps: `plan` (PUT plan), `settings` (first PATCH of the organization), `billing` (billing details saved), `payment` (card confirmed by Stripe). Status is `active` when all are done, `pending_payment` when only the card is missing, otherwise `sandbox`.',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Onboarding', schema: OnboardingSchema } },
    errors: ['NOT_FOUND'],
  },
  listAuditLog: {
    description:
      'Owner and admin. Newest first. `action` filters within each page, so a page may hold fewer than `limit` entries while `nextCursor` is not null.',
    request: { params: OrgIdParams, query: AuditQuerySchema },
    responses: { 200: { description: 'Audit entries', schema: AuditPageSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  listWorkspaces: {
    request: { params: OrgIdParams, query: PageQuerySchema },
    responses: { 200: { description: 'Workspaces', schema: WorkspacePageSchema } },
    errors: ['NOT_FOUND'],
  },
  createWorkspace: {
    description: 'Owner and admin. Names are unique per organization, case-insensitively (409 `CONFLICT`).',
    request: { params: OrgIdParams, body: WorkspaceBodySchema },
    responses: { 201: { description: 'Created', schema: WorkspaceSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  },
  getWorkspace: {
    request: { params: WorkspaceParams },
    responses: { 200: { description: 'Workspace', schema: WorkspaceSchema } },
    errors: ['NOT_FOUND'],
  },
  renameWorkspace: {
    request: { params: WorkspaceParams, body: WorkspaceBodySchema },
    responses: { 200: { description: 'Renamed', schema: WorkspaceSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  },
  deleteWorkspace: {
    description: 'Owner and admin. The default workspace cannot be deleted (409 `CONFLICT`).',
    request: { params: WorkspaceParams },
    responses: { 204: { description: 'Deleted', schema: null } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  },
  listMyInvitations: {
    description:
      'Pending, unexpired invitations addressed to the caller’s verified email. An unverified email sees none.',
    request: { query: PageQuerySchema },
    responses: { 200: { description: 'Invitations', schema: InvitationPageSchema } },
  },
  createInvitation: {
    description:
      'Owner and admin. The invitee must have signed in once (422 `USER_NOT_REGISTERED`). One pending invitation per email per organization (409 `INVITATION_PENDING`); members, active or blocked, are 409 `ALREADY_MEMBER`. The role is never `owner`. Valid for `INVITATION_TTL_SECONDS` (7 days by default). Seats: invitations may exceed the free seats; accepting needs a free seat. Honours `Idempotency-Key`. The invitee is emailed.',
    request: { params: OrgIdParams, body: CreateInvitationSchema },
    responses: { 201: { description: 'Pending invitation', schema: InvitationSchema } },
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'USER_NOT_REGISTERED',
      'ALREADY_MEMBER',
      'INVITATION_PENDING',
      'IDEMPOTENCY_KEY_REUSED',
    ],
  },
  listInvitations: {
    description:
      'Owner and admin. A pending invitation past its expiry is reported `expired` even before cleanup marks it.',
    request: { params: OrgIdParams, query: InvitationQuerySchema },
    responses: { 200: { description: 'Invitations', schema: InvitationPageSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  revokeInvitation: {
    description:
      'Owner and admin, whoever invited. Revoking a revoked invitation is a no-op (204). The invitee is emailed.',
    request: { params: InvitationParams },
    responses: { 204: { description: 'Revoked', schema: null } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVITATION_ALREADY_USED', 'INVITATION_EXPIRED'],
  },
  resendInvitation: {
    description: `Owner and admin. Emails the invitation again and renews its validity. At most 5 resends per invitation per rolling day (429 \`RATE_LIMITED\` with Retry-After).`,
    request: { params: InvitationParams },
    responses: { 200: { description: 'Renewed invitation', schema: InvitationSchema } },
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'RATE_LIMITED',
      'INVITATION_ALREADY_USED',
      'INVITATION_EXPIRED',
      'INVITATION_REVOKED',
    ],
  },
  acceptInvitation: {
    description:
      'The invitee only: the caller’s verified email must equal the invited email. One transaction marks the invitation accepted, creates the membership with the invited role and takes a seat (409 `MEMBER_LIMIT_REACHED` when none is free).',
    request: { params: InvitationIdParams },
    responses: { 200: { description: 'Active membership', schema: MemberSchema } },
    errors: [
      'NOT_FOUND',
      'INVITATION_EMAIL_MISMATCH',
      'INVITATION_EXPIRED',
      'INVITATION_REVOKED',
      'INVITATION_ALREADY_USED',
      'MEMBER_LIMIT_REACHED',
      'ALREADY_MEMBER',
    ],
  },
  declineInvitation: {
    request: { params: InvitationIdParams },
    responses: { 204: { description: 'Declined', schema: null } },
    errors: [
      'NOT_FOUND',
      'INVITATION_EMAIL_MISMATCH',
      'INVITATION_EXPIRED',
      'INVITATION_REVOKED',
      'INVITATION_ALREADY_USED',
    ],
  },
  listMembers: {
    description:
      'Active and blocked members and pending invitees (status `invited`). Blocked members do not take a seat. Pages cost the same whatever the size of the organization.',
    request: { params: OrgIdParams, query: RosterQuerySchema },
    responses: { 200: { description: 'Roster', schema: MemberPageSchema } },
    errors: ['NOT_FOUND'],
  },
  getMember: {
    request: { params: MemberParams },
    responses: { 200: { description: 'Membership', schema: MemberSchema } },
    errors: ['NOT_FOUND'],
  },
  changeMemberRole: {
    description:
      'Owner and admin. Never to or from `owner` (use the ownership transfer): 409 `OWNER_REQUIRED` for the owner.',
    request: { params: MemberParams, body: ChangeRoleSchema },
    responses: { 200: { description: 'Membership', schema: MemberSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'OWNER_REQUIRED'],
  },
  blockMember: {
    description:
      'Owner and admin. The member’s next request to this organization is refused, whatever their token says; their data stays. Frees a seat.',
    request: { params: MemberParams },
    responses: { 200: { description: 'Blocked membership', schema: MemberSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'OWNER_REQUIRED'],
  },
  unblockMember: {
    request: { params: MemberParams },
    responses: { 200: { description: 'Active membership', schema: MemberSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'OWNER_REQUIRED', 'MEMBER_LIMIT_REACHED'],
  },
  removeMember: {
    description:
      'Owner and admin remove others; any member may remove themself (leave). The owner can neither be removed nor leave (409 `OWNER_REQUIRED`). A removed member can be invited again and keeps no old role.',
    request: { params: MemberParams },
    responses: { 204: { description: 'Removed', schema: null } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'OWNER_REQUIRED'],
  },
  startOwnershipTransfer: {
    description:
      'Owner only. The target must be an active admin (409 `TRANSFER_NOT_ALLOWED`). A new offer replaces a pending one.',
    request: { params: OrgIdParams, body: StartTransferSchema },
    responses: { 201: { description: 'Pending transfer', schema: TransferSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'TRANSFER_NOT_ALLOWED'],
  },
  acceptOwnershipTransfer: {
    description:
      'The target only. One transaction: target becomes `owner`, the previous owner `admin`, the organization’s `ownerId` moves. 409 `TRANSFER_NOT_ALLOWED` when the target is no longer an active admin.',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Completed transfer', schema: TransferSchema } },
    errors: ['NOT_FOUND', 'TRANSFER_NOT_ALLOWED'],
  },
  cancelOwnershipTransfer: {
    request: { params: OrgIdParams },
    responses: { 204: { description: 'Cancelled', schema: null } },
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  choosePlan: {
    description:
      'Owner and finance. The plan and its `memberLimit` change atomically; a plan whose limit is below the active member count is 409 `MEMBER_LIMIT_REACHED` (a DynamoDB condition). Completes the `plan` onboarding step.',
    request: { params: OrgIdParams, body: ChoosePlanSchema },
    responses: { 200: { description: 'The organization on its new plan', schema: OrgSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'MEMBER_LIMIT_REACHED'],
  },
  getBilling: {
    description: 'Owner and finance. Fields are null until billing details are saved.',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Billing details', schema: BillingSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  putBilling: {
    description:
      'Owner and finance. Creates the Stripe customer (once per organization, with an idempotency key: a retried PUT never creates two) or updates it, and completes the `billing` onboarding step.',
    request: { params: OrgIdParams, body: BillingDetailsSchema },
    responses: { 200: { description: 'Saved billing details', schema: BillingSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'BAD_GATEWAY'],
  },
  createSetupIntent: {
    description:
      'Owner and finance. Needs billing details first (409 `BILLING_DETAILS_REQUIRED`). Hand `clientSecret` to Stripe.js to collect the card; Stripe then sends `setup_intent.succeeded` to the webhook, which completes the `payment` step and activates the organization once every step is done.',
    request: { params: OrgIdParams },
    responses: { 201: { description: 'SetupIntent', schema: SetupIntentSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'BILLING_DETAILS_REQUIRED', 'BAD_GATEWAY'],
  },
  stripeWebhook: {
    description:
      'Called by Stripe. The raw body must carry a valid `Stripe-Signature` for `STRIPE_WEBHOOK_SECRET`, at most 5 minutes old (else 400 `WEBHOOK_SIGNATURE_INVALID`, nothing changes). Each event id is applied once, in any order: `setup_intent.succeeded` records the card and activates the organization when plan, settings and billing are done; `setup_intent.setup_failed` shows the reason in onboarding (unless a card was already confirmed); `invoice.payment_failed` flags the organization. Other types are acknowledged and ignored.',
    responses: { 200: { description: 'Received', schema: WebhookReceiptSchema } },
    errors: ['WEBHOOK_SIGNATURE_INVALID'],
  },
  ...webhookRouteDocs,
};
