import type * as z from 'zod';
import { apiKeyDocs } from '../../api-keys/docs.ts';
import {
  BillingDetailsSchema,
  BillingSchema,
  ChoosePlanSchema,
  SetupIntentSchema,
  StripeEventSchema,
  WebhookReceiptSchema,
} from '../../billing/schemas.ts';
import {
  BrandingAssetParams,
  BrandingUploadParams,
  BrandingUploadSchema,
  BrandingUploadTicketSchema,
  CreateBrandingUploadSchema,
} from '../../branding/schemas.ts';
import { DeleteOrgSchema, ExportPageSchema, ExportQuerySchema } from '../../lifecycle/schemas.ts';
import { ProfileSchema, UpdateMeSchema } from '../../me/schemas.ts';
import type { Permission } from '../../members/domain/permissions.ts';
import {
  AcceptedMembershipSchema,
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
  MyInvitationPageSchema,
  RosterQuerySchema,
  StartTransferSchema,
  TransferSchema,
} from '../../members/schemas.ts';
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
} from '../../orgs/schemas.ts';
import {
  HealthSchema,
  OpenApiDocumentSchema,
  PlanListSchema,
  ReadinessSchema,
} from '../../system/schemas.ts';
import { webhookRouteDocs } from '../../webhooks/schemas.ts';
import type { ErrorCode } from '../errors.ts';
import { PageQuerySchema } from '../schemas.ts';
import type { RequestHeader, ResponseHeader } from './conventions.ts';

export interface ResponseDoc {
  description: string;
  /** the JSON body; null: no body */
  schema: z.ZodType | null;
  /** headers besides X-Request-Id (and Idempotent-Replayed, added for idempotent routes) */
  headers?: readonly ResponseHeader[];
}

/**
 * What infra/routes.ts cannot say about a route. Standard answers (401, 400, 413,
 * 415, 404, 403, 429, 503, 500) and the Idempotency-Key header are derived from the
 * route and these fields (shared/platform/openapi/conventions.ts); list only the rest.
 */
export interface RouteDoc {
  description: string;
  /** the permission the handler checks: roles without it get 403, and the roles are listed */
  permission?: Permission;
  /** who else may call it, in words (e.g. "The invitee only.") */
  who?: string;
  request?: {
    body?: z.ZodType;
    query?: z.ZodObject;
    params?: z.ZodObject;
    headers?: readonly RequestHeader[];
  };
  /** status → response */
  responses: Record<number, ResponseDoc>;
  /** error codes this route can answer besides the derived ones */
  errors?: readonly ErrorCode[];
  /** for a code the contract gives two statuses (ORG_NOT_ACTIVE): the one this route answers */
  errorStatus?: Partial<Record<ErrorCode, number>>;
}

/** Request and response schemas per route id of infra/routes.ts: the OpenAPI source. */
export const routeDocs: Record<string, RouteDoc> = {
  getHealth: {
    description: 'Liveness: answers while the function runs. It checks no dependency.',
    responses: { 200: { description: 'The service answers', schema: HealthSchema } },
  },
  getReadiness: {
    description:
      'Readiness: checks each dependency the API needs (the table) with a bounded timeout (`READINESS_TIMEOUT_MS`, default 1 s). 503 `UNAVAILABLE` with `Retry-After` when one is down; its `detail` names it and why (`timeout`, `unreachable`, `busy`, `error`), e.g. "Not ready: dynamodb is down (timeout)."',
    responses: { 200: { description: 'Every dependency answers', schema: ReadinessSchema } },
  },
  getOpenApiDocument: {
    description: 'This document, generated from the route table and the zod schemas that validate requests.',
    responses: { 200: { description: 'The OpenAPI 3.1 document', schema: OpenApiDocumentSchema } },
  },
  listPlans: {
    description:
      'The plans an organization can choose, with their member limits and Stripe price ids (when configured).',
    responses: { 200: { description: 'Plans', schema: PlanListSchema } },
  },
  getMe: {
    description:
      'The first call with a valid token registers the user: from then on they can be invited by their verified email. `defaultOrgId` is never an organization where the caller is not active, nor one whose deletion is scheduled (except for its owner, who may restore it).',
    responses: { 200: { description: 'Profile', schema: ProfileSchema } },
  },
  updateMe: {
    description:
      'Changes the display name or the default organization (the org switcher); `defaultOrgId` must be an organization where the caller is an active member and whose deletion is not scheduled (400 otherwise).',
    request: { body: UpdateMeSchema },
    responses: { 200: { description: 'Updated profile', schema: ProfileSchema } },
  },
  listMyOrganizations: {
    description: 'Organizations where the caller is an active or blocked member, with their role and status.',
    request: { query: PageQuerySchema },
    responses: { 200: { description: 'Memberships', schema: MyOrgPageSchema } },
  },
  createOrganization: {
    description:
      'Creates the organization in `sandbox` mode on the `basic` plan with a default workspace; the caller becomes its `owner` and, if they had none, it becomes their `defaultOrgId`. A user can create one organization unless an operator raised their limit (409 `ORG_LIMIT_REACHED`); a purged organization no longer counts. The caller’s email must be verified (403 `VERIFIED_EMAIL_REQUIRED`). The name follows the display-name rule: NFC, no control characters, no bidi overrides or isolates, not invisible-only, at most 100 characters (400).',
    request: { body: CreateOrgSchema },
    responses: { 201: { description: 'Created', schema: OrgSchema, headers: ['ETag', 'Location'] } },
    errors: ['ORG_LIMIT_REACHED', 'VERIFIED_EMAIL_REQUIRED'],
  },
  getOrganization: {
    description:
      'Answers 404 to anyone who is not an active member. The `ETag` header is the version for `If-Match`; with `If-None-Match` equal to it the answer is 304.',
    permission: 'org:read',
    request: { params: OrgIdParams, headers: ['If-None-Match'] },
    responses: {
      200: { description: 'The organization', schema: OrgSchema, headers: ['ETag'] },
      304: {
        description: 'Not modified: the `If-None-Match` version is current',
        schema: null,
        headers: ['ETag'],
      },
    },
  },
  updateOrganization: {
    description:
      'Branding URLs must be https (at most 2048 characters); `null` clears one. With `If-Match` a stale version is 412 (the version check is a DynamoDB condition); without it the change applies to the current version. The first successful update completes the `settings` onboarding step.',
    permission: 'org:update',
    request: { params: OrgIdParams, body: UpdateOrgSchema, headers: ['If-Match'] },
    responses: {
      200: { description: 'Updated organization (its new ETag)', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['PRECONDITION_FAILED'],
  },
  getOnboarding: {
    description:
      'Steps: `plan` (PUT plan), `settings` (first PATCH of the organization), `billing` (billing details saved), `payment` (card confirmed by Stripe). Status is `active` when all are done, `pending_payment` when only the card is missing, otherwise `sandbox`.',
    permission: 'org:read',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Onboarding', schema: OnboardingSchema } },
  },
  listAuditLog: {
    description:
      'Every change in the organization, newest first. `action` filters within each page, so a page may hold fewer than `limit` entries while `nextCursor` is not null.',
    permission: 'audit:read',
    request: { params: OrgIdParams, query: AuditQuerySchema },
    responses: { 200: { description: 'Audit entries', schema: AuditPageSchema } },
  },
  listWorkspaces: {
    description: 'The organization’s workspaces, the default one included.',
    permission: 'org:read',
    request: { params: OrgIdParams, query: PageQuerySchema },
    responses: { 200: { description: 'Workspaces', schema: WorkspacePageSchema } },
  },
  createWorkspace: {
    description:
      'Names follow the display-name rule and are unique per organization after NFKC case folding with invisible characters removed (`Ｓtaging` = `Staging`, 409 `CONFLICT`). An organization has at most 100 workspaces, the default one included (409 `WORKSPACE_LIMIT_REACHED`; deleting one makes room).',
    permission: 'org:update',
    request: { params: OrgIdParams, body: WorkspaceBodySchema },
    responses: { 201: { description: 'Created', schema: WorkspaceSchema, headers: ['Location'] } },
    errors: ['CONFLICT', 'WORKSPACE_LIMIT_REACHED'],
  },
  getWorkspace: {
    description: 'One workspace of the organization.',
    permission: 'org:read',
    request: { params: WorkspaceParams },
    responses: { 200: { description: 'Workspace', schema: WorkspaceSchema } },
  },
  renameWorkspace: {
    description:
      'Names follow the display-name rule and are unique per organization after NFKC case folding with invisible characters removed (409 `CONFLICT`).',
    permission: 'org:update',
    request: { params: WorkspaceParams, body: WorkspaceBodySchema },
    responses: { 200: { description: 'Renamed', schema: WorkspaceSchema } },
    errors: ['CONFLICT'],
  },
  deleteWorkspace: {
    description: 'The default workspace cannot be deleted (409 `CONFLICT`).',
    permission: 'org:update',
    request: { params: WorkspaceParams },
    responses: { 204: { description: 'Deleted', schema: null } },
    errors: ['CONFLICT'],
  },
  listMyInvitations: {
    description:
      'Pending, unexpired invitations addressed to the caller’s verified email, each with the organization’s name and logo and the inviter’s name (the organization itself is 404 to the invitee until they accept). An unverified email sees none.',
    request: { query: PageQuerySchema },
    responses: { 200: { description: 'Invitations', schema: MyInvitationPageSchema } },
  },
  createInvitation: {
    description:
      'The invitee must have signed in once with this email verified (422 `USER_NOT_REGISTERED`; 422 `EMAIL_NOT_VERIFIED` when they signed in but their email is not verified). One pending invitation per email per organization (409 `INVITATION_PENDING`); members, active or blocked, are 409 `ALREADY_MEMBER`. The role is never `owner`. Valid for `INVITATION_TTL_SECONDS` (7 days by default). Seats: invitations may exceed the free seats; accepting needs a free seat. The invitee is emailed. An organization has at most 1,000 pending invitations (409 `PENDING_INVITATION_LIMIT_REACHED`, nothing written): a slot frees when one is accepted, declined, revoked (also when its inviter lost the invite permission, or with the organization’s deletion) or expires — an expired one when the cleanup marks it expired (every 5 minutes) or DynamoDB’s TTL deletes it, whichever is first; a resend keeps it pending. Abuse limits (429 `RATE_LIMITED` with `Retry-After`): at most 10 invitations (resends included) to one email from one organization per rolling 24 h, revoked and declined ones included; per organization and per inviter per clock hour (60 and 20 by default). Every answer after the permission check counts, the not-registered one too, so probing which emails are registered is throttled like inviting. The inviter’s own email must be verified (403 `VERIFIED_EMAIL_REQUIRED`). Emails are compared after trimming and lower-casing; a character whose lower case is ASCII but is not ASCII itself (the Kelvin sign) is kept, so a lookalike never matches.',
    permission: 'members:manage',
    request: { params: OrgIdParams, body: CreateInvitationSchema },
    responses: {
      201: { description: 'Pending invitation', schema: InvitationSchema, headers: ['Location'] },
    },
    errors: [
      'USER_NOT_REGISTERED',
      'EMAIL_NOT_VERIFIED',
      'ALREADY_MEMBER',
      'INVITATION_PENDING',
      'PENDING_INVITATION_LIMIT_REACHED',
      'RATE_LIMITED',
      'VERIFIED_EMAIL_REQUIRED',
    ],
  },
  listInvitations: {
    description:
      'The organization’s invitations, newest first. A pending invitation past its expiry is reported `expired` even before cleanup marks it.',
    permission: 'members:manage',
    request: { params: OrgIdParams, query: InvitationQuerySchema },
    responses: { 200: { description: 'Invitations', schema: InvitationPageSchema } },
  },
  revokeInvitation: {
    description: 'Whoever invited. Revoking a revoked invitation is a no-op (204). The invitee is emailed.',
    permission: 'members:manage',
    request: { params: InvitationParams },
    responses: { 204: { description: 'Revoked', schema: null } },
    errors: ['INVITATION_ALREADY_USED', 'INVITATION_EXPIRED'],
  },
  resendInvitation: {
    description:
      'Emails the invitation again and renews its validity. At most 5 resends per invitation per rolling day, and each resend counts against the invitation limits of `POST /orgs/{orgId}/invitations` (429 `RATE_LIMITED` with `Retry-After`).',
    permission: 'members:manage',
    request: { params: InvitationParams },
    responses: { 200: { description: 'Renewed invitation', schema: InvitationSchema } },
    errors: ['RATE_LIMITED', 'INVITATION_ALREADY_USED', 'INVITATION_EXPIRED', 'INVITATION_REVOKED'],
  },
  acceptInvitation: {
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
  },
  declineInvitation: {
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
  },
  listMembers: {
    description:
      'Active and blocked members and pending invitees (status `invited`). Blocked members do not take a seat. Pages cost the same whatever the size of the organization.',
    permission: 'org:read',
    request: { params: OrgIdParams, query: RosterQuerySchema },
    responses: { 200: { description: 'Roster', schema: MemberPageSchema } },
  },
  getMember: {
    description: 'One active or blocked membership.',
    permission: 'org:read',
    request: { params: MemberParams },
    responses: { 200: { description: 'Membership', schema: MemberSchema } },
  },
  changeMemberRole: {
    description:
      'Never to or from `owner` (use the ownership transfer): 409 `OWNER_REQUIRED` for the owner. Admins never change the owner.',
    permission: 'members:manage',
    request: { params: MemberParams, body: ChangeRoleSchema },
    responses: { 200: { description: 'Membership', schema: MemberSchema } },
    errors: ['OWNER_REQUIRED'],
  },
  blockMember: {
    description:
      'The member’s next request to this organization is refused, whatever their token says; their data stays. Frees a seat.',
    permission: 'members:manage',
    request: { params: MemberParams },
    responses: { 200: { description: 'Blocked membership', schema: MemberSchema } },
    errors: ['OWNER_REQUIRED'],
  },
  unblockMember: {
    description: 'The member regains access; needs a free seat (409 `MEMBER_LIMIT_REACHED`).',
    permission: 'members:manage',
    request: { params: MemberParams },
    responses: { 200: { description: 'Active membership', schema: MemberSchema } },
    errors: ['OWNER_REQUIRED', 'MEMBER_LIMIT_REACHED'],
  },
  removeMember: {
    description:
      'A removed member can be invited again and keeps no old role. The owner can neither be removed nor leave (409 `OWNER_REQUIRED`). A member may remove themself (leave), even while blocked. Removing, blocking or changing the role of the target of a pending ownership transfer cancels that transfer in the same transaction.',
    permission: 'members:manage',
    who: 'Any member may remove themself (leave), a blocked member too.',
    request: { params: MemberParams },
    responses: { 204: { description: 'Removed', schema: null } },
    errors: ['OWNER_REQUIRED'],
  },
  startOwnershipTransfer: {
    description:
      'The target must be an active admin (409 `TRANSFER_NOT_ALLOWED`). A new offer replaces a pending one.',
    permission: 'org:transfer',
    request: { params: OrgIdParams, body: StartTransferSchema },
    responses: { 201: { description: 'Pending transfer', schema: TransferSchema } },
    errors: ['TRANSFER_NOT_ALLOWED'],
  },
  getOwnershipTransfer: {
    description:
      'The pending offer: who offered ownership to whom, and when. 404 when there is none, and to every member other than the owner and the target (it is theirs alone to cancel or accept).',
    who: 'The owner and the target of the pending transfer.',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Pending transfer', schema: TransferSchema } },
  },
  acceptOwnershipTransfer: {
    description:
      'One transaction: the target becomes `owner`, the previous owner `admin`, the organization’s `ownerId` moves. 409 `TRANSFER_NOT_ALLOWED` when the target is no longer an active admin.',
    who: 'The target of the pending transfer only.',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Completed transfer', schema: TransferSchema } },
    errors: ['TRANSFER_NOT_ALLOWED'],
  },
  cancelOwnershipTransfer: {
    description: 'Withdraws the pending offer; without one it is 404.',
    permission: 'org:transfer',
    request: { params: OrgIdParams },
    responses: { 204: { description: 'Cancelled', schema: null } },
  },
  choosePlan: {
    description:
      'The plan and its `memberLimit` change atomically; a plan whose limit is below the active member count is 409 `MEMBER_LIMIT_REACHED` (a DynamoDB condition). Completes the `plan` onboarding step.',
    permission: 'billing:manage',
    request: { params: OrgIdParams, body: ChoosePlanSchema },
    responses: {
      200: { description: 'The organization on its new plan', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['MEMBER_LIMIT_REACHED'],
  },
  getBilling: {
    description: 'Fields are null until billing details are saved.',
    permission: 'billing:manage',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Billing details', schema: BillingSchema } },
  },
  putBilling: {
    description:
      'Creates the Stripe customer (once per organization, with an idempotency key: a retried PUT never creates two) or updates it, and completes the `billing` onboarding step.',
    permission: 'billing:manage',
    request: { params: OrgIdParams, body: BillingDetailsSchema },
    responses: { 200: { description: 'Saved billing details', schema: BillingSchema } },
    errors: ['BAD_GATEWAY'],
  },
  createSetupIntent: {
    description:
      'Needs billing details first (409 `BILLING_DETAILS_REQUIRED`). Hand `clientSecret` to Stripe.js to collect the card; Stripe then sends `setup_intent.succeeded` to the webhook, which completes the `payment` step and activates the organization once every step is done.',
    permission: 'billing:manage',
    request: { params: OrgIdParams },
    responses: { 201: { description: 'SetupIntent', schema: SetupIntentSchema } },
    errors: ['BILLING_DETAILS_REQUIRED', 'BAD_GATEWAY'],
  },
  deleteOrganization: {
    description:
      'Schedules the deletion: answers 202 with the organization in status `deletion_scheduled` and its `deleteAt` (`ORG_DELETION_GRACE_SECONDS` ahead, 30 days by default). `If-Match` is required (412 when missing or stale) and `confirmName` must equal the name (400). From that moment every route of the organization answers 404 to its members (as for a removed member), API keys and webhook endpoints stop working, pending invitations are revoked (their invitees are emailed) and every active member is emailed. Only the owner still reads it (`GET /orgs/{orgId}`), exports it and restores it. A DELETE of an organization already scheduled answers 202 with it as it is. After `deleteAt` the scheduled cleanup purges every item of the organization and keeps a tombstone `{ id, deletedAt, by }`.',
    permission: 'org:delete',
    request: { params: OrgIdParams, body: DeleteOrgSchema, headers: ['If-Match'] },
    responses: {
      202: { description: 'Deletion scheduled', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['PRECONDITION_FAILED'],
  },
  restoreOrganization: {
    description:
      'Cancels a scheduled deletion before `deleteAt`: the organization, its members, seats, workspaces, billing, API keys and endpoints answer again as they were. Invitations revoked by the deletion stay revoked (their invitees were told): invite again. 409 `CONFLICT` when no deletion is scheduled or the grace period is over.',
    permission: 'org:delete',
    request: { params: OrgIdParams },
    responses: {
      200: { description: 'The organization, restored', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['CONFLICT'],
  },
  exportOrganization: {
    description:
      'The organization’s data as JSON, for the owner to take along (also while its deletion is scheduled): the organization on the first page, then its members, invitations, workspaces, audit log and billing details (never card data, secrets or internal guard items) as `items` of a `kind`, in storage order. Paged: follow `nextCursor` (encrypted, bound to this organization) until it is null. Each page is one DynamoDB Query, which returns at most 1 MB, so a page stays far below Lambda’s 6 MB response limit for any organization size; an organization of 1,000 members and 10,000 audit entries is about 25 pages of 500.',
    permission: 'org:delete',
    request: { params: OrgIdParams, query: ExportQuerySchema },
    responses: { 200: { description: 'One page of the export', schema: ExportPageSchema } },
  },
  receiveStripeEvent: {
    description:
      'Called by Stripe. The raw body must carry a valid `Stripe-Signature` for `STRIPE_WEBHOOK_SECRET`, at most 5 minutes old (else 400 `WEBHOOK_SIGNATURE_INVALID`, nothing changes). Each event id is applied once, in any order: `setup_intent.succeeded` records the card and activates the organization when plan, settings and billing are done; `setup_intent.setup_failed` shows the reason in onboarding (unless a card was already confirmed); `invoice.payment_failed` flags the organization. Other types are acknowledged and ignored. A signed but malformed event (no `id`, `data.object` not an object, `created` not plausible epoch seconds, ids longer than 255 characters or of the wrong shape) is 400 `VALIDATION_FAILED` and changes nothing. When Stripe refuses a call the event needs permanently (e.g. `resource_missing`), the event is acknowledged (200, `ignored: true`), logged as a warning with its id and counted (`StripeEventsDropped`, alarmed); transient failures (network, Stripe 5xx or 429) stay 5xx so Stripe retries. An unreadable webhook secret is 503 `UNAVAILABLE`. Bodies up to 1 MiB (other routes: 64 KiB).',
    who: 'Stripe (the signature is the authentication).',
    request: { body: StripeEventSchema, headers: ['Stripe-Signature'] },
    responses: { 200: { description: 'Received', schema: WebhookReceiptSchema } },
    errors: ['WEBHOOK_SIGNATURE_INVALID'],
  },
  ...apiKeyDocs,
  ...webhookRouteDocs,
  createBrandingUpload: {
    description:
      'A presigned POST straight to storage: send every `fields` entry, then the file as `file`, as `multipart/form-data` to `url` before `expiresAt`. The signed policy fixes the key, the content type and the exact size, so storage refuses anything else. PNG, JPEG and WebP only (no SVG); `contentLength` at most 1 MiB for a logo or badge, 4 MiB for a banner. Once stored, the file is checked: its magic bytes must be a whole image of the declared type, within the asset’s dimensions (logo 16–2048 px, banner 64×16–4096×2048, badge 16–1024 px). An accepted file becomes `branding.{asset}Url` (a CDN URL of exactly the bytes checked; when two uploads race, the later confirmed one wins); anything else is deleted and the upload `rejected` with a reason. Poll the upload for the decision.',
    permission: 'org:update',
    request: { params: BrandingAssetParams, body: CreateBrandingUploadSchema },
    responses: {
      201: {
        description: 'Where and how to upload',
        schema: BrandingUploadTicketSchema,
        headers: ['Location'],
      },
    },
  },
  getBrandingUpload: {
    description:
      '`pending` until the file lands and is checked; then `accepted` (with the CDN `url`) or `rejected` (with the `reason`); still pending 5 minutes after `expiresAt` reads as `rejected` (no file arrived). An upload of another organization or asset is 404.',
    permission: 'org:update',
    request: { params: BrandingUploadParams },
    responses: { 200: { description: 'The upload', schema: BrandingUploadSchema } },
  },
  deleteBrandingAsset: {
    description:
      'Sets `branding.{asset}Url` to null (uploaded or an https URL set with PATCH) and removes an uploaded image from storage.',
    permission: 'org:update',
    request: { params: BrandingAssetParams },
    responses: { 204: { description: 'Cleared', schema: null } },
    errors: ['CONFLICT'],
  },
};
