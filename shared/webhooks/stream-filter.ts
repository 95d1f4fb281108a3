/**
 * Which table-stream records can become webhook events (`shared/webhooks/events.ts`), as
 * Lambda event filter patterns: records of these item types only, never secrets,
 * deliveries, audit entries or guards. Read by infra/constructs/webhooks.ts and by the
 * local stream poller, so both deliver the same records.
 */
import type { FilterPattern } from '../notifications/stream-filter.ts';

const SOURCE_TYPES = ['invitation', 'member', 'org', 'apiKey', 'domain', 'subscription', 'invoice'];

export const webhookRecordFilters: readonly FilterPattern[] = [
  { dynamodb: { NewImage: { type: { S: SOURCE_TYPES } } } },
  { dynamodb: { OldImage: { type: { S: SOURCE_TYPES } } } },
];
