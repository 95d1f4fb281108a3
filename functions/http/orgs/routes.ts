import {
  AuditPageSchema,
  AuditQuerySchema,
  CreateOrgSchema,
  OnboardingSchema,
  OrgIdParams,
  OrgSchema,
  UpdateOrgSchema,
} from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

/** The orgs area's routes: one definition each (see CONTRIBUTING.md). */
export const orgsRoutes = defineRoutes('orgs', {
  createOrganization: {
    route: 'POST /orgs',
    idempotent: true,
    summary: 'Create an organization (one per user); honours Idempotency-Key',
    description:
      'Creates the organization in `sandbox` mode on the `basic` plan with a default workspace; the caller becomes its `owner` and, if they had none, it becomes their `defaultOrgId`. A user can create one organization unless an operator raised their limit (409 `ORG_LIMIT_REACHED`); a purged organization no longer counts. The caller’s email must be verified (403 `VERIFIED_EMAIL_REQUIRED`). The name follows the display-name rule: NFC, no control characters, no bidi overrides or isolates, not invisible-only, at most 100 characters (400).',
    request: { body: CreateOrgSchema },
    responses: { 201: { description: 'Created', schema: OrgSchema, headers: ['ETag', 'Location'] } },
    errors: ['ORG_LIMIT_REACHED', 'VERIFIED_EMAIL_REQUIRED'],
    // ConditionCheckItem: a first call registers the caller, auto-invited by their domain (shared/domains/auto-invite.ts)
    tableActions: ['GetItem', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
  },
  getOrganization: {
    route: 'GET /orgs/{orgId}',
    summary: 'Read an organization (with ETag)',
    description:
      'Answers 404 to anyone who is not an active member. The `ETag` header is the version for `If-Match`; with `If-None-Match` equal to it the answer is 304.',
    permission: 'org:read',
    ownerWhileDeleting: true,
    request: { params: OrgIdParams, headers: ['If-None-Match'] },
    responses: {
      200: { description: 'The organization', schema: OrgSchema, headers: ['ETag'] },
      304: {
        description: 'Not modified: the `If-None-Match` version is current',
        schema: null,
        headers: ['ETag'],
      },
    },
    tableActions: ['BatchGetItem'],
  },
  updateOrganization: {
    route: 'PATCH /orgs/{orgId}',
    summary: 'Update name, time zone and branding (honours If-Match)',
    description:
      'Branding URLs must be https (at most 2048 characters); `null` clears one. With `If-Match` a stale version is 412 (the version check is a DynamoDB condition); without it the change applies to the current version. The first successful update completes the `settings` onboarding step.',
    permission: 'org:settings',
    request: { params: OrgIdParams, body: UpdateOrgSchema, headers: ['If-Match'] },
    responses: {
      200: { description: 'Updated organization (its new ETag)', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['PRECONDITION_FAILED'],
    tableActions: ['BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    // activation (the last onboarding step) creates the Stripe subscription
    secrets: ['stripe'],
  },
  getOnboarding: {
    route: 'GET /orgs/{orgId}/onboarding',
    summary: 'Onboarding steps and status',
    description:
      'Steps: `plan` (PUT plan), `settings` (first PATCH of the organization), `billing` (billing details saved), `payment` (card confirmed by Stripe). Status is `active` when all are done, `pending_payment` when only the card is missing, otherwise `sandbox`.',
    permission: 'org:read',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Onboarding', schema: OnboardingSchema } },
    tableActions: ['BatchGetItem'],
  },
  listAuditLog: {
    route: 'GET /orgs/{orgId}/audit-log',
    summary: 'Audit log, newest first',
    description:
      'Every change in the organization, newest first. `action` filters within each page, so a page may hold fewer than `limit` entries while `nextCursor` is not null.',
    permission: 'audit:read',
    request: { params: OrgIdParams, query: AuditQuerySchema },
    responses: { 200: { description: 'Audit entries', schema: AuditPageSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
});
