/**
 * The functions that are not HTTP routes: the API-key authorizer other services attach,
 * the table-stream consumers and the scheduled jobs. Each declares its handler and its
 * grants here, as a route does in its area's routes.ts.
 */
import { ASSET_PREFIX, UPLOAD_PREFIX } from '../shared/branding/domain/branding.ts';
import type { FunctionDef } from '../shared/platform/http/route-definition.ts';

/** The API key verification, as an HTTP API Lambda authorizer other services attach (not a route). */
export const apiKeyAuthorizerFunction = {
  id: 'apiKeyAuthorizer',
  area: 'api-keys',
  handler: 'functions/authorizers/api-key.ts',
  tableActions: ['GetItem', 'BatchGetItem', 'UpdateItem'],
  orgTokenKeys: 'verify',
} as const satisfies FunctionDef;

/** Functions not behind the HTTP API: stream consumer and scheduled jobs. */
export const backgroundFunctions = {
  notify: {
    id: 'notify',
    handler: 'functions/stream/notify.ts',
    // UpdateItem: a TTL-deleted pending invitation frees its slot (with a PutItem marker, one transaction)
    tableActions: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
    sendsEmail: true,
  },
  cleanup: {
    id: 'cleanup',
    handler: 'functions/scheduled/cleanup.ts',
    // the purge of deleted orgs: Query (their partition), GetItem (org, billing, guard, tombstone),
    // BatchWriteItem (deletes); GSI2: overdue invitations and due deletions
    tableActions: ['Query', 'UpdateItem', 'DeleteItem', 'PutItem', 'GetItem', 'BatchWriteItem'],
    queryIndexes: ['byDue'],
    secrets: ['stripe'],
    // the purge of a deleted organization deletes (and lists) its files and drops them from the CDN
    storage: [
      { actions: ['s3:DeleteObject'], prefix: UPLOAD_PREFIX },
      { actions: ['s3:DeleteObject'], prefix: ASSET_PREFIX },
    ],
    listsStorage: [UPLOAD_PREFIX, ASSET_PREFIX],
    invalidatesCdn: true,
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
    storage: [
      { actions: ['s3:GetObject', 's3:GetObjectVersion', 's3:DeleteObject'], prefix: UPLOAD_PREFIX },
      { actions: ['s3:PutObject', 's3:DeleteObject'], prefix: ASSET_PREFIX },
    ],
    invalidatesCdn: true,
  },
} as const satisfies Record<string, FunctionDef>;
