/**
 * Which table-stream records can produce a notification, as Lambda event filter patterns
 * (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html). The notify
 * event source mapping takes exactly these, so the function is not invoked for the writes
 * that can never email (audit entries, claims, guards, idempotency records, profiles…).
 *
 * Keep them a superset of `detectNotifications` (detect.ts decides; a filter only skips):
 * test/unit/notify-stream-filter.test.ts checks every kind of record it turns into an
 * email against them. A record matching any one pattern is delivered. Lambda allows 5
 * patterns per mapping by default (10 with a quota increase): merge before adding a sixth.
 * Pure data, read by infra/constructs/notifications.ts.
 */
export type FilterPattern = { readonly [key: string]: readonly string[] | FilterPattern };

const S = (...values: string[]) => ({ S: values });

export const notifyRecordFilters: readonly FilterPattern[] = [
  // invitation sent (INSERT) or resent (pending → pending)
  { dynamodb: { NewImage: { type: S('invitation'), status: S('pending') } } },
  // a pending invitation revoked, expired by the cleanup, or deleted by TTL (accept/decline pass, send nothing;
  // a TTL deletion also frees its slot of the org's pending-invitation cap)
  { dynamodb: { OldImage: { type: S('invitation'), status: S('pending') } } },
  // a member removed, blocked or unblocked, or given a role without developer access (its
  // API keys are suspended); an org purged after its grace period (the org item removed);
  // other member updates pass and send nothing
  { eventName: ['MODIFY', 'REMOVE'], dynamodb: { OldImage: { type: S('member', 'org') } } },
  // the org (ownership transferred, activated, payment failed, deletion scheduled or cancelled), a webhook endpoint disabled
  // after failing, a join request answered, a domain unverified by the re-check, or a SCIM user provisioned (told once:
  // its `emailedAt` is set by an update, never in the INSERT); other updates pass and send nothing
  {
    eventName: ['MODIFY'],
    dynamodb: { NewImage: { type: S('org', 'webhookEndpoint', 'joinRequest', 'domain', 'scimUser') } },
  },
  // a live (production) API key created: a security notice to the owner
  { eventName: ['INSERT'], dynamodb: { NewImage: { type: S('apiKey'), mode: S('production') } } },
];
