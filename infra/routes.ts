/**
 * The route table: one entry per use case. The CDK stack builds one Lambda per
 * entry and grants it exactly `tableActions`; the local gateway dispatches to the
 * same handler modules; the OpenAPI document lists the same paths.
 * Pure data: no CDK or runtime imports, so every side can read it.
 */
import type { table } from './table.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TableAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchWriteItem'
  | 'ConditionCheckItem';

export type Secret = 'cursor' | 'stripe';

/** A GSI by its key in infra/table.ts (`table.indexes`). */
export type TableIndex = keyof typeof table.indexes;

export interface FunctionDef {
  /** function name and OpenAPI operationId */
  id: string;
  /** module path from the project root; it exports `handler` */
  handler: string;
  /** actions on the table itself (`Query` = a Query of the table's own keys) */
  tableActions: readonly TableAction[];
  /** the GSIs it Queries: `dynamodb:Query` is granted on these index ARNs only */
  queryIndexes?: readonly TableIndex[];
  secrets?: readonly Secret[];
  /** background functions it invokes (lambda:InvokeFunction on exactly those) */
  invokes?: readonly 'webhookDeliver'[];
  /** CDK nested stack; default: the handler's folder (see infra/areas.ts) */
  area?: string;
}

export interface RouteDef extends FunctionDef {
  method: HttpMethod;
  path: string;
  /** true: a user's JWT; false only for the public routes of the contract; 'apiKey': the `/v1` platform routes */
  auth: boolean | 'apiKey';
  /**
   * Honours `Idempotency-Key` (every POST that creates or changes state): the handler's
   * `route({ idempotent: true })` agrees (a test checks), the OpenAPI document declares the header.
   */
  idempotent?: boolean;
  summary: string;
}

const READ = ['GetItem'] as const;

export const routes: readonly RouteDef[] = [
  {
    id: 'getHealth',
    method: 'GET',
    path: '/health',
    handler: 'functions/http/system/health.ts',
    auth: false,
    tableActions: [],
    summary: 'Liveness check',
  },
  {
    id: 'getReadiness',
    method: 'GET',
    path: '/health/ready',
    handler: 'functions/http/system/readiness.ts',
    auth: false,
    tableActions: ['GetItem'],
    summary: 'Readiness: whether each dependency answers (503 names the ones down)',
  },
  {
    id: 'getOpenApiDocument',
    method: 'GET',
    path: '/openapi.json',
    handler: 'functions/http/system/openapi.ts',
    auth: false,
    tableActions: [],
    summary: 'This OpenAPI 3.1 document',
  },
  {
    id: 'listPlans',
    method: 'GET',
    path: '/plans',
    handler: 'functions/http/system/list-plans.ts',
    auth: false,
    tableActions: [],
    summary: 'Plan catalog',
  },
  {
    id: 'getMe',
    method: 'GET',
    path: '/me',
    handler: 'functions/http/me/get-me.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'PutItem'],
    summary: 'The caller’s profile (created on first call)',
  },
  {
    id: 'updateMe',
    method: 'PATCH',
    path: '/me',
    handler: 'functions/http/me/update-me.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
    summary: 'Update name or the default organization (the org switcher)',
  },
  {
    id: 'listMyOrganizations',
    secrets: ['cursor'],
    method: 'GET',
    path: '/me/organizations',
    handler: 'functions/http/me/list-my-orgs.ts',
    auth: true,
    tableActions: ['BatchGetItem'],
    queryIndexes: ['byGsi1'],
    summary: 'Organizations where the caller is an active or blocked member',
  },
  {
    id: 'createOrganization',
    method: 'POST',
    path: '/orgs',
    handler: 'functions/http/orgs/create-org.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'PutItem', 'UpdateItem'],
    summary: 'Create an organization (one per user); honours Idempotency-Key',
  },
  {
    id: 'getOrganization',
    method: 'GET',
    path: '/orgs/{orgId}',
    handler: 'functions/http/orgs/get-org.ts',
    auth: true,
    tableActions: ['BatchGetItem'],
    summary: 'Read an organization (with ETag)',
  },
  {
    id: 'updateOrganization',
    method: 'PATCH',
    path: '/orgs/{orgId}',
    handler: 'functions/http/orgs/update-org.ts',
    auth: true,
    tableActions: ['BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Update name, time zone and branding (honours If-Match)',
  },
  {
    id: 'getOnboarding',
    method: 'GET',
    path: '/orgs/{orgId}/onboarding',
    handler: 'functions/http/orgs/get-onboarding.ts',
    auth: true,
    tableActions: ['BatchGetItem'],
    summary: 'Onboarding steps and status',
  },
  {
    id: 'listAuditLog',
    secrets: ['cursor'],
    method: 'GET',
    path: '/orgs/{orgId}/audit-log',
    handler: 'functions/http/orgs/list-audit-log.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'Query'],
    summary: 'Audit log, newest first',
  },
  {
    id: 'listWorkspaces',
    secrets: ['cursor'],
    method: 'GET',
    path: '/orgs/{orgId}/workspaces',
    handler: 'functions/http/workspaces/list-workspaces.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'Query'],
    summary: 'List workspaces',
  },
  {
    id: 'createWorkspace',
    method: 'POST',
    path: '/orgs/{orgId}/workspaces',
    handler: 'functions/http/workspaces/create-workspace.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
    summary: 'Create a workspace (names unique per organization)',
  },
  {
    id: 'getWorkspace',
    method: 'GET',
    path: '/orgs/{orgId}/workspaces/{workspaceId}',
    handler: 'functions/http/workspaces/get-workspace.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem'],
    summary: 'Read a workspace',
  },
  {
    id: 'renameWorkspace',
    method: 'PATCH',
    path: '/orgs/{orgId}/workspaces/{workspaceId}',
    handler: 'functions/http/workspaces/rename-workspace.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem', 'DeleteItem'],
    summary: 'Rename a workspace',
  },
  {
    id: 'deleteWorkspace',
    method: 'DELETE',
    path: '/orgs/{orgId}/workspaces/{workspaceId}',
    handler: 'functions/http/workspaces/delete-workspace.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'PutItem'],
    summary: 'Delete a workspace (never the default one)',
  },
  {
    id: 'listMyInvitations',
    method: 'GET',
    path: '/me/invitations',
    handler: 'functions/http/me/list-my-invitations.ts',
    auth: true,
    tableActions: ['BatchGetItem'],
    queryIndexes: ['byGsi1'],
    secrets: ['cursor'],
    summary: "Pending, unexpired invitations to the caller's verified email",
  },
  {
    id: 'createInvitation',
    method: 'POST',
    path: '/orgs/{orgId}/invitations',
    handler: 'functions/http/invitations/create-invitation.ts',
    auth: true,
    idempotent: true,
    // Query: the rate limit's hourly buckets (table); GSI1: the invitee by email
    tableActions: [...READ, 'BatchGetItem', 'Query', 'ConditionCheckItem', 'PutItem', 'UpdateItem'],
    queryIndexes: ['byGsi1'],
    summary: 'Invite a registered user by email (honours Idempotency-Key)',
  },
  {
    id: 'listInvitations',
    method: 'GET',
    path: '/orgs/{orgId}/invitations',
    handler: 'functions/http/invitations/list-invitations.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
    summary: 'List invitations, filtered by status',
  },
  {
    id: 'revokeInvitation',
    method: 'DELETE',
    path: '/orgs/{orgId}/invitations/{invitationId}',
    handler: 'functions/http/invitations/revoke-invitation.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'DeleteItem', 'PutItem'],
    summary: 'Revoke a pending invitation',
  },
  {
    id: 'resendInvitation',
    method: 'POST',
    path: '/orgs/{orgId}/invitations/{invitationId}/resend',
    handler: 'functions/http/invitations/resend-invitation.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem', 'Query', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Send again and renew the validity',
  },
  {
    id: 'acceptInvitation',
    method: 'POST',
    path: '/invitations/{invitationId}/accept',
    handler: 'functions/http/invitations/accept-invitation.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
    summary: 'Accept an invitation (the invitee)',
  },
  {
    id: 'declineInvitation',
    method: 'POST',
    path: '/invitations/{invitationId}/decline',
    handler: 'functions/http/invitations/decline-invitation.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'UpdateItem', 'DeleteItem', 'PutItem'],
    summary: 'Decline an invitation (the invitee)',
  },
  {
    id: 'listMembers',
    method: 'GET',
    path: '/orgs/{orgId}/members',
    handler: 'functions/http/members/list-members.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
    summary: 'Members and pending invitees',
  },
  {
    id: 'getMember',
    method: 'GET',
    path: '/orgs/{orgId}/members/{userId}',
    handler: 'functions/http/members/get-member.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem'],
    summary: 'One membership',
  },
  {
    id: 'changeMemberRole',
    method: 'PATCH',
    path: '/orgs/{orgId}/members/{userId}',
    handler: 'functions/http/members/change-role.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem', 'DeleteItem'],
    summary: "Change a member's role (never to or from owner)",
  },
  {
    id: 'blockMember',
    method: 'POST',
    path: '/orgs/{orgId}/members/{userId}/block',
    handler: 'functions/http/members/block-member.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem', 'DeleteItem'],
    summary: 'Block a member: access ends at once, the seat is freed',
  },
  {
    id: 'unblockMember',
    method: 'POST',
    path: '/orgs/{orgId}/members/{userId}/unblock',
    handler: 'functions/http/members/unblock-member.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Unblock a member (needs a free seat)',
  },
  {
    id: 'removeMember',
    method: 'DELETE',
    path: '/orgs/{orgId}/members/{userId}',
    handler: 'functions/http/members/remove-member.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'UpdateItem', 'PutItem'],
    summary: 'Remove a member, or leave',
  },
  {
    id: 'startOwnershipTransfer',
    method: 'POST',
    path: '/orgs/{orgId}/ownership-transfer',
    handler: 'functions/http/ownership/start-transfer.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
    summary: 'Offer ownership to an active admin',
  },
  {
    id: 'getOwnershipTransfer',
    method: 'GET',
    path: '/orgs/{orgId}/ownership-transfer',
    handler: 'functions/http/ownership/get-transfer.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem'],
    summary: 'The pending transfer (to the owner and its target)',
  },
  {
    id: 'acceptOwnershipTransfer',
    method: 'POST',
    path: '/orgs/{orgId}/ownership-transfer/accept',
    handler: 'functions/http/ownership/accept-transfer.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'DeleteItem', 'UpdateItem', 'PutItem'],
    summary: 'Accept ownership (the target)',
  },
  {
    id: 'cancelOwnershipTransfer',
    method: 'DELETE',
    path: '/orgs/{orgId}/ownership-transfer',
    handler: 'functions/http/ownership/cancel-transfer.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'PutItem'],
    summary: 'Cancel a pending transfer',
  },
  {
    id: 'choosePlan',
    method: 'PUT',
    path: '/orgs/{orgId}/plan',
    handler: 'functions/http/billing/choose-plan.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Choose the plan (owner, finance)',
  },
  {
    id: 'getBilling',
    method: 'GET',
    path: '/orgs/{orgId}/billing',
    handler: 'functions/http/billing/get-billing.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem'],
    summary: 'Billing details (owner, finance)',
  },
  {
    id: 'putBilling',
    method: 'PUT',
    path: '/orgs/{orgId}/billing',
    handler: 'functions/http/billing/put-billing.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    secrets: ['stripe'],
    summary: 'Save billing details and the Stripe customer',
  },
  {
    id: 'createSetupIntent',
    method: 'POST',
    path: '/orgs/{orgId}/billing/setup-intent',
    handler: 'functions/http/billing/create-setup-intent.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem'],
    secrets: ['stripe'],
    summary: 'A Stripe SetupIntent to collect the card',
  },
  {
    id: 'deleteOrganization',
    method: 'DELETE',
    path: '/orgs/{orgId}',
    handler: 'functions/http/lifecycle/delete-org.ts',
    auth: true,
    tableActions: [
      'BatchGetItem',
      'ConditionCheckItem',
      'UpdateItem',
      'PutItem',
      'GetItem',
      'Query',
      'DeleteItem',
    ],
    summary: 'Schedule the organization’s deletion (owner; If-Match and its name)',
  },
  {
    id: 'restoreOrganization',
    method: 'POST',
    path: '/orgs/{orgId}/restore',
    handler: 'functions/http/lifecycle/restore-org.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Cancel a scheduled deletion during its grace period (owner)',
  },
  {
    id: 'exportOrganization',
    secrets: ['cursor'],
    method: 'GET',
    path: '/orgs/{orgId}/export',
    handler: 'functions/http/lifecycle/export-org.ts',
    auth: true,
    tableActions: ['BatchGetItem', 'Query'],
    summary: 'Export the organization’s data as JSON, page by page (owner)',
  },
  {
    id: 'receiveStripeEvent',
    method: 'POST',
    path: '/webhooks/stripe',
    handler: 'functions/http/billing/stripe-events.ts',
    auth: false,
    tableActions: [...READ, 'PutItem', 'UpdateItem'],
    secrets: ['stripe'],
    summary: 'Stripe events (signed)',
  },
  // API keys (#12) ----------------------------------------------------------------------------
  {
    id: 'createApiKey',
    method: 'POST',
    idempotent: true,
    path: '/orgs/{orgId}/api-keys',
    handler: 'functions/http/api-keys/create-api-key.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
    summary: 'Create an API key (the secret is shown once; honours Idempotency-Key)',
  },
  {
    id: 'listApiKeys',
    method: 'GET',
    path: '/orgs/{orgId}/api-keys',
    handler: 'functions/http/api-keys/list-api-keys.ts',
    auth: true,
    tableActions: [...READ, 'Query', 'BatchGetItem'],
    secrets: ['cursor'],
    summary: 'List API keys (never the secret)',
  },
  {
    id: 'getApiKey',
    method: 'GET',
    path: '/orgs/{orgId}/api-keys/{keyId}',
    handler: 'functions/http/api-keys/get-api-key.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem'],
    summary: 'One API key (never the secret)',
  },
  {
    id: 'revokeApiKey',
    method: 'DELETE',
    path: '/orgs/{orgId}/api-keys/{keyId}',
    handler: 'functions/http/api-keys/revoke-api-key.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Revoke an API key: refused from the very next call',
  },
  {
    id: 'rollApiKey',
    method: 'POST',
    idempotent: true,
    path: '/orgs/{orgId}/api-keys/{keyId}/roll',
    handler: 'functions/http/api-keys/roll-api-key.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Replace an API key with a new one; the old one works for a grace period',
  },
  {
    id: 'getPlatformOrganization',
    area: 'api-keys',
    method: 'GET',
    path: '/v1/organization',
    handler: 'functions/http/v1/get-organization.ts',
    auth: 'apiKey',
    tableActions: [...READ, 'BatchGetItem', 'UpdateItem'],
    summary: 'The organization and mode the calling API key acts for',
  },
  // Webhook endpoints (developer features) -----------------------------------------------------
  {
    id: 'createWebhookEndpoint',
    method: 'POST',
    idempotent: true,
    path: '/orgs/{orgId}/webhook-endpoints',
    handler: 'functions/http/webhooks/create-endpoint.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
    summary: 'Register a webhook endpoint (the secret is shown once); honours Idempotency-Key',
  },
  {
    id: 'listWebhookEndpoints',
    method: 'GET',
    path: '/orgs/{orgId}/webhook-endpoints',
    handler: 'functions/http/webhooks/list-endpoints.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
    summary: 'Webhook endpoints',
  },
  {
    id: 'getWebhookEndpoint',
    method: 'GET',
    path: '/orgs/{orgId}/webhook-endpoints/{endpointId}',
    handler: 'functions/http/webhooks/get-endpoint.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem'],
    summary: 'One webhook endpoint',
  },
  {
    id: 'updateWebhookEndpoint',
    method: 'PATCH',
    path: '/orgs/{orgId}/webhook-endpoints/{endpointId}',
    handler: 'functions/http/webhooks/update-endpoint.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Change URL, description, events, or enable/disable',
  },
  {
    id: 'deleteWebhookEndpoint',
    method: 'DELETE',
    path: '/orgs/{orgId}/webhook-endpoints/{endpointId}',
    handler: 'functions/http/webhooks/delete-endpoint.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'PutItem'],
    summary: 'Delete a webhook endpoint (deliveries stop at once)',
  },
  {
    id: 'rotateWebhookSecret',
    method: 'POST',
    idempotent: true,
    path: '/orgs/{orgId}/webhook-endpoints/{endpointId}/rotate-secret',
    handler: 'functions/http/webhooks/rotate-secret.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    summary: 'Rotate the signing secret (both sign for 24 h)',
  },
  {
    id: 'testWebhookEndpoint',
    method: 'POST',
    idempotent: true,
    path: '/orgs/{orgId}/webhook-endpoints/{endpointId}/test',
    handler: 'functions/http/webhooks/test-endpoint.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'PutItem'],
    invokes: ['webhookDeliver'],
    summary: 'Deliver a webhook.test event now and answer with the outcome',
  },
  {
    id: 'listWebhookDeliveries',
    method: 'GET',
    path: '/orgs/{orgId}/webhook-endpoints/{endpointId}/deliveries',
    handler: 'functions/http/webhooks/list-deliveries.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
    summary: 'Delivery log, newest first',
  },
  {
    id: 'retryWebhookDelivery',
    method: 'POST',
    idempotent: true,
    path: '/orgs/{orgId}/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry',
    handler: 'functions/http/webhooks/retry-delivery.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'UpdateItem', 'PutItem'],
    invokes: ['webhookDeliver'],
    summary: 'Deliver one delivery again now',
  },
  // Branding uploads: the bucket grants (presign, checker, delete) are in infra/constructs/branding-storage.ts
  {
    id: 'createBrandingUpload',
    method: 'POST',
    path: '/orgs/{orgId}/branding/{asset}/uploads',
    handler: 'functions/http/branding/create-upload.ts',
    auth: true,
    idempotent: true,
    tableActions: [...READ, 'BatchGetItem', 'PutItem', 'ConditionCheckItem'],
    summary: 'A presigned POST to upload the logo, banner or badge',
  },
  {
    id: 'getBrandingUpload',
    method: 'GET',
    path: '/orgs/{orgId}/branding/{asset}/uploads/{uploadId}',
    handler: 'functions/http/branding/get-upload.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem'],
    summary: 'Whether an upload was accepted or rejected (and why)',
  },
  {
    id: 'deleteBrandingAsset',
    method: 'DELETE',
    path: '/orgs/{orgId}/branding/{asset}',
    handler: 'functions/http/branding/delete-asset.ts',
    auth: true,
    tableActions: [...READ, 'BatchGetItem', 'UpdateItem', 'PutItem', 'ConditionCheckItem'],
    summary: 'Clear the logo, banner or badge',
  },
];

/** The API key verification, as an HTTP API Lambda authorizer other services attach (not a route). */
export const apiKeyAuthorizerFunction = {
  id: 'apiKeyAuthorizer',
  area: 'api-keys',
  handler: 'functions/authorizers/api-key.ts',
  tableActions: ['GetItem', 'BatchGetItem', 'UpdateItem'],
} as const satisfies FunctionDef;

/** Functions not behind the HTTP API: stream consumer and scheduled jobs. */
export const backgroundFunctions = {
  notify: {
    id: 'notify',
    handler: 'functions/stream/notify.ts',
    // UpdateItem: a TTL-deleted pending invitation frees its slot (with a PutItem marker, one transaction)
    tableActions: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
  },
  cleanup: {
    id: 'cleanup',
    handler: 'functions/scheduled/cleanup.ts',
    // the purge of deleted orgs: Query (their partition), GetItem (org, billing, guard, tombstone),
    // BatchWriteItem (deletes); GSI2: overdue invitations and due deletions
    tableActions: ['Query', 'UpdateItem', 'DeleteItem', 'PutItem', 'GetItem', 'BatchWriteItem'],
    queryIndexes: ['byDue'],
    secrets: ['stripe'],
  },
  /** table stream → one delivery per (event, matching endpoint); first attempts handed to webhookDeliver */
  webhookEvents: {
    id: 'webhookEvents',
    area: 'webhooks',
    handler: 'functions/stream/webhook-events.ts',
    tableActions: ['Query', 'PutItem'],
    invokes: ['webhookDeliver'],
  },
  /** one attempt per delivery; the only reader of webhook secrets */
  webhookDeliver: {
    id: 'webhookDeliver',
    area: 'webhooks',
    handler: 'functions/webhooks-delivery/deliver.ts',
    tableActions: ['BatchGetItem', 'UpdateItem'],
  },
  /** scheduled: due deliveries from the sharded due-time index → webhookDeliver */
  webhookDispatcher: {
    id: 'webhookDispatcher',
    area: 'webhooks',
    handler: 'functions/scheduled/webhook-dispatcher.ts',
    tableActions: [],
    queryIndexes: ['byDue'],
    invokes: ['webhookDeliver'],
  },
  /** S3 ObjectCreated under uploads/ → checks the image, sets the org's asset or rejects it */
  checkBrandingUpload: {
    id: 'checkBrandingUpload',
    handler: 'functions/branding/check-upload.ts',
    tableActions: ['GetItem', 'UpdateItem', 'PutItem'],
  },
} as const satisfies Record<string, FunctionDef>;
