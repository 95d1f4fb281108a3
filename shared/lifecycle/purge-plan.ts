import { keys } from '../platform/dynamo/keys.ts';

type Key = { PK: string; SK: string };
type Item = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Items outside the org's partition that an item inside it owns, by the inner item's
 * `type`: the purge deletes them before the item that names them, so an interrupted
 * purge never loses the way to them. Everything else of an org lives in its partition
 * (`ORG#<id>`), and its index entries (GSI1: "my orgs", invitations by email; GSI2:
 * pending invitations, the deletion schedule) are attributes of those items, so they
 * go with them (webhook deliveries' due-time entries too). A new item kind with
 * a lookup elsewhere adds its line here. Idempotency records, rate-limit windows and email claims are keyed
 * by hashes and expire by TTL within about a day; they hold no org data.
 */
export const ownedOutside: Record<string, (item: Item) => Key[]> = {
  invitation: (item) => (text(item.id) ? [keys.invitationLookup(item.id as string)] : []),
  billing: (item) => (text(item.customerId) ? [keys.stripeCustomer(item.customerId as string)] : []),
  // the key's hash lookup (what verification reads): the ref item holds the hash, the key item never does
  apiKeyRef: (item) => (text(item.hash) ? [keys.apiKeyLookup(item.hash as string)] : []),
  // the endpoint's signing secrets, in a partition of their own (only the deliverer reads it)
  webhookEndpoint: (item) => (text(item.id) ? [keys.webhookSecret(item.id as string)] : []),
  // a verified domain's claim (one org per domain): released, so another org may verify it
  domain: (item) =>
    item.status === 'verified' && text(item.domain) ? [keys.domainClaim(item.domain as string)] : [],
};

export const outsideKeysOf = (item: Item): Key[] => ownedOutside[text(item.type) ?? '']?.(item) ?? [];
