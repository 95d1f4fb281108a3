import type { DynamoDBRecord } from 'aws-lambda';
import type { MemberFacts, NotificationEvent } from '../notifications/types.ts';
import { type CreatorFacts, creatorKeepsKeysWorking, decidableWithoutOrg } from './domain/api-keys.ts';

type Image = Record<string, unknown>;

const creatorFacts = (item: Image | undefined): CreatorFacts | undefined =>
  item ? ({ status: item.status, role: item.role } as CreatorFacts) : undefined;

/** When the change happened, from the record itself (the same on every redelivery). */
const occurredAt = (record: DynamoDBRecord) => (record.dynamodb?.ApproximateCreationDateTime ?? 0) * 1000;

/**
 * A membership change that takes developer access away (block, remove, leave, role
 * to finance/member) suspends the member's keys; one that gives it back restores
 * them. The images alone decide; whether the member has keys is looked up later.
 */
export function keySuspensionEvents(
  record: DynamoDBRecord,
  id: string,
  member: () => MemberFacts & { orgId: string },
  oldItem?: Image,
  newItem?: Image,
): NotificationEvent[] {
  if (record.eventName === 'INSERT') return [];
  // a custom role's permissions are on the org item, not in these images: no notice is guessed
  if (!decidableWithoutOrg(creatorFacts(oldItem)) || !decidableWithoutOrg(creatorFacts(newItem))) return [];
  const before = creatorKeepsKeysWorking(creatorFacts(oldItem));
  const after = record.eventName === 'REMOVE' ? false : creatorKeepsKeysWorking(creatorFacts(newItem));
  if (before === after) return [];
  const facts = member();
  const common = { member: facts, orgId: facts.orgId, occurredAt: occurredAt(record) };
  return before
    ? [
        {
          type: 'apiKeysSuspended',
          ...common,
          eventKey: `${id}#apiKeysSuspended`,
          recipients: [{ kind: 'roles', roles: ['owner', 'admin'] }],
        },
      ]
    : [{ type: 'apiKeysRestored', ...common, eventKey: `${id}#apiKeysRestored`, recipients: [] }];
}

/** A `production` key was created: a security notice to the owner. */
export function apiKeyEvents(record: DynamoDBRecord, id: string, newItem?: Image): NotificationEvent[] {
  if (record.eventName !== 'INSERT' || newItem?.mode !== 'production') return [];
  const text = (field: string) => (typeof newItem[field] === 'string' ? (newItem[field] as string) : '');
  return [
    {
      type: 'liveApiKeyCreated',
      apiKey: { id: text('id'), name: text('name'), start: text('start'), createdBy: text('createdBy') },
      eventKey: `${id}#liveApiKeyCreated`,
      orgId: text('orgId'),
      recipients: [{ kind: 'roles', roles: ['owner'] }],
    },
  ];
}
