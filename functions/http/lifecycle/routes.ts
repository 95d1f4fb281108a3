import { DeleteOrgSchema, ExportPageSchema, ExportQuerySchema } from '../../../shared/lifecycle/schemas.ts';
import { OrgIdParams, OrgSchema } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

/** The lifecycle area's routes: one definition each (see CONTRIBUTING.md). */
export const lifecycleRoutes = defineRoutes('lifecycle', {
  deleteOrganization: {
    route: 'DELETE /orgs/{orgId}',
    summary: 'Schedule the organization’s deletion (owner; If-Match and its name)',
    description:
      'Schedules the deletion: answers 202 with the organization in status `deletion_scheduled` and its `deleteAt` (`ORG_DELETION_GRACE_SECONDS` ahead, 30 days by default). `If-Match` is required (412 when missing or stale) and `confirmName` must equal the name (400). From that moment every route of the organization answers 404 to its members (as for a removed member), API keys and webhook endpoints stop working, pending invitations are revoked (their invitees are emailed) and every active member is emailed. Only the owner still reads it (`GET /orgs/{orgId}`), exports it and restores it. A DELETE of an organization already scheduled answers 202 with it as it is. After `deleteAt` the scheduled cleanup purges every item of the organization and keeps a tombstone `{ id, deletedAt, by }`.',
    permission: 'org:delete',
    request: { params: OrgIdParams, body: DeleteOrgSchema, headers: ['If-Match'] },
    responses: {
      202: { description: 'Deletion scheduled', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['PRECONDITION_FAILED'],
    tableActions: [
      'BatchGetItem',
      'ConditionCheckItem',
      'UpdateItem',
      'PutItem',
      'GetItem',
      'Query',
      'DeleteItem',
    ],
    secrets: ['stripe'],
  },
  restoreOrganization: {
    route: 'POST /orgs/{orgId}/restore',
    idempotent: true,
    summary: 'Cancel a scheduled deletion during its grace period (owner)',
    description:
      'Cancels a scheduled deletion before `deleteAt`: the organization, its members, seats, workspaces, billing, API keys and endpoints answer again as they were. Invitations revoked by the deletion stay revoked (their invitees were told): invite again. 409 `CONFLICT` when no deletion is scheduled or the grace period is over.',
    permission: 'org:delete',
    request: { params: OrgIdParams },
    responses: {
      200: { description: 'The organization, restored', schema: OrgSchema, headers: ['ETag'] },
    },
    errors: ['CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    secrets: ['stripe'],
  },
  exportOrganization: {
    route: 'GET /orgs/{orgId}/export',
    summary: 'Export the organization’s data as JSON, page by page (owner)',
    description:
      'The organization’s data as JSON, for the owner to take along (also while its deletion is scheduled): the organization on the first page, then its members, invitations, workspaces, audit log and billing details (never card data, secrets or internal guard items) as `items` of a `kind`, in storage order. Paged: follow `nextCursor` (encrypted, bound to this organization) until it is null. Each page is one DynamoDB Query, which returns at most 1 MB, so a page stays far below Lambda’s 6 MB response limit for any organization size; an organization of 1,000 members and 10,000 audit entries is about 25 pages of 500.',
    permission: 'org:delete',
    request: { params: OrgIdParams, query: ExportQuerySchema },
    responses: { 200: { description: 'One page of the export', schema: ExportPageSchema } },
    tableActions: ['BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
});
