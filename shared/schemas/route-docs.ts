import type { z } from 'zod';
import { PageQuerySchema } from './common.ts';
import { ProfileSchema, UpdateMeSchema } from './me.ts';
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
};
