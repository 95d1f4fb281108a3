import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { type DomainRecord, toDomainResponse } from '../domains/domain/domain.ts';
import { type InvitationRecord, toInvitationResponse } from '../invitations/domain/invitation.ts';
import { type MemberRecord, toMemberResponse } from '../members/domain/membership.ts';
import { isTtlRemoval } from '../notifications/detect.ts';
import { type OrgRecord, toOrgResponse } from '../orgs/domain/org.ts';
import { webhookEventTypes } from './domain/event-types.ts';

export { webhookEventTypes };

export type WebhookEventType = (typeof webhookEventTypes)[number] | 'webhook.test';

/** The body every endpoint receives. */
export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  orgId: string;
  data: Record<string, unknown>;
}

type Image = Record<string, unknown>;

const image = (raw: Record<string, unknown> | undefined): Image | undefined =>
  raw ? (unmarshall(raw as Record<string, AttributeValue>) as Image) : undefined;

const hashId = (...parts: string[]) =>
  `evt_${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 26)}`;

/**
 * Deterministic: the record's table keys, its sequence number (the same on every
 * redelivery) and the type. An invitation's expiry has one id whichever path reports
 * it (the cleanup's status change or DynamoDB's TTL deletion).
 */
function eventIdOf(record: DynamoDBRecord, type: WebhookEventType, item: Image): string {
  if (type === 'invitation.expired') return hashId(type, String(item.orgId), String(item.id));
  const { PK, SK } = (image(record.dynamodb?.Keys) ?? {}) as { PK?: string; SK?: string };
  const sequence = record.dynamodb?.SequenceNumber;
  if (!PK || !SK || !sequence) throw new Error('stream record without Keys or SequenceNumber');
  return hashId(PK, SK, sequence, type);
}

const changeTimes = ['updatedAt', 'acceptedAt', 'revokedAt', 'expiredAt', 'lastSentAt', 'createdAt'];

/**
 * When the change happened, deterministically: the newest timestamp the change wrote on
 * the item (millisecond precision), or for a deletion the stream's approximate time
 * (seconds; DynamoDB Local rounds it further).
 */
function createdAtOf(record: DynamoDBRecord, item: Image): string {
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  const streamTime = new Date(seconds === undefined ? 0 : seconds * 1000).toISOString();
  if (record.eventName === 'REMOVE') return streamTime;
  const written = changeTimes
    .map((field) => item[field])
    .filter((value): value is string => typeof value === 'string');
  const newest = written.sort().at(-1);
  return newest && !Number.isNaN(Date.parse(newest)) ? new Date(newest).toISOString() : streamTime;
}

/** An API key as `GET /orgs/{orgId}/api-keys/{keyId}` shows it: named fields only, never the hash. */
function apiKeyData(item: Image): Record<string, unknown> {
  const fields = ['id', 'name', 'mode', 'start', 'createdBy', 'createdAt', 'expiresAt', 'revokedAt'];
  // a created key is active and a revoked one revoked: the two moments events are sent
  const status = item.revokedAt ? 'revoked' : 'active';
  return { ...Object.fromEntries(fields.map((field) => [field, item[field] ?? null])), status };
}

type Detected = { type: WebhookEventType; item: Image; data: Record<string, unknown> };

function invitationEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): Detected[] {
  const data = (item: Image, status?: string) =>
    toInvitationResponse({
      ...(item as unknown as InvitationRecord),
      ...(status ? { status } : {}),
    } as never);
  if (record.eventName === 'INSERT' && newItem?.status === 'pending') {
    return [{ type: 'invitation.created', item: newItem, data: data(newItem) }];
  }
  if (record.eventName === 'MODIFY' && oldItem?.status === 'pending' && newItem) {
    const type = (
      {
        accepted: 'invitation.accepted',
        revoked: 'invitation.revoked',
        expired: 'invitation.expired',
      } as const
    )[newItem.status as 'accepted' | 'revoked' | 'expired'];
    return type ? [{ type, item: newItem, data: data(newItem) }] : [];
  }
  if (record.eventName === 'REMOVE' && oldItem?.status === 'pending' && isTtlRemoval(record)) {
    return [{ type: 'invitation.expired', item: oldItem, data: data(oldItem, 'expired') }];
  }
  return [];
}

function memberEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): Detected[] {
  const data = (item: Image) => ({ orgId: item.orgId, ...toMemberResponse(item as unknown as MemberRecord) });
  if (record.eventName === 'REMOVE' && oldItem && !isTtlRemoval(record)) {
    return [{ type: 'member.removed', item: oldItem, data: data(oldItem) }];
  }
  if (record.eventName !== 'MODIFY' || !oldItem || !newItem) return [];
  const events: Detected[] = [];
  if (oldItem.role !== newItem.role)
    events.push({ type: 'member.role_changed', item: newItem, data: data(newItem) });
  if (oldItem.status === 'active' && newItem.status === 'blocked')
    events.push({ type: 'member.blocked', item: newItem, data: data(newItem) });
  if (oldItem.status === 'blocked' && newItem.status === 'active')
    events.push({ type: 'member.unblocked', item: newItem, data: data(newItem) });
  return events;
}

const settingsChanged = (a: Image, b: Image) =>
  a.name !== b.name || a.timeZone !== b.timeZone || JSON.stringify(a.branding) !== JSON.stringify(b.branding);

function orgEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): Detected[] {
  if (record.eventName !== 'MODIFY' || !oldItem || !newItem) return [];
  const data = toOrgResponse(newItem as unknown as OrgRecord);
  const events: Detected[] = [];
  if (oldItem.ownerId && newItem.ownerId && oldItem.ownerId !== newItem.ownerId)
    events.push({
      type: 'ownership.transferred',
      item: newItem,
      data: { ...data, previousOwnerId: oldItem.ownerId },
    });
  if (settingsChanged(oldItem, newItem)) events.push({ type: 'organization.updated', item: newItem, data });
  if (oldItem.mode === 'sandbox' && newItem.mode === 'production')
    events.push({ type: 'organization.activated', item: newItem, data });
  if (newItem.paymentFailedAt && newItem.paymentFailedAt !== oldItem.paymentFailedAt)
    events.push({ type: 'billing.payment_failed', item: newItem, data });
  return events;
}

function apiKeyEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): Detected[] {
  if (record.eventName === 'INSERT' && newItem) {
    return [{ type: 'api_key.created', item: newItem, data: apiKeyData(newItem) }];
  }
  if (record.eventName === 'MODIFY' && newItem?.revokedAt && !oldItem?.revokedAt) {
    return [{ type: 'api_key.revoked', item: newItem, data: apiKeyData(newItem) }];
  }
  return [];
}

/** A domain verified (by its org) or unverified (by the daily re-check). */
function domainEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): Detected[] {
  if (record.eventName !== 'MODIFY' || !oldItem || !newItem || oldItem.status === newItem.status) return [];
  const data = () => toDomainResponse(newItem as unknown as DomainRecord);
  if (newItem.status === 'verified') return [{ type: 'domain.verified', item: newItem, data: data() }];
  if (oldItem.status === 'verified' && newItem.status === 'unverified') {
    return [{ type: 'domain.unverified', item: newItem, data: data() }];
  }
  return [];
}

const pick = (item: Image, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, item[field] ?? null]));

/** As `GET /orgs/{orgId}/subscription` shows it. */
const SUBSCRIPTION_FIELDS = [
  'id',
  'planId',
  'status',
  'currentPeriodStart',
  'currentPeriodEnd',
  'cancelAtPeriodEnd',
];
/** As `GET /orgs/{orgId}/invoices` shows one. */
const INVOICE_FIELDS = [
  'id',
  'number',
  'status',
  'amountDue',
  'amountPaid',
  'currency',
  'periodStart',
  'periodEnd',
  'hostedInvoiceUrl',
  'createdAt',
];

/** The subscription as Stripe has it changed what the API shows (a re-read of the same state writes nothing). */
function subscriptionEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): Detected[] {
  if (record.eventName === 'REMOVE' || !newItem) return [];
  const changed = !oldItem || SUBSCRIPTION_FIELDS.some((field) => oldItem[field] !== newItem[field]);
  return changed
    ? [{ type: 'billing.subscription_updated', item: newItem, data: pick(newItem, SUBSCRIPTION_FIELDS) }]
    : [];
}

/** An invoice reaching `paid` (a later copy of a paid invoice is not paid again). */
function invoiceEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): Detected[] {
  if (record.eventName === 'REMOVE' || newItem?.status !== 'paid' || oldItem?.status === 'paid') return [];
  // the event's time is when the payment was recorded, not the invoice's own (older) createdAt
  const source = { orgId: newItem.orgId, updatedAt: newItem.updatedAt };
  return [{ type: 'billing.invoice_paid', item: source, data: pick(newItem, INVOICE_FIELDS) }];
}

const orgIdOf = (record: DynamoDBRecord, item: Image): string | undefined => {
  if (typeof item.orgId === 'string') return item.orgId;
  if (item.type === 'org' && typeof item.id === 'string') return item.id;
  const pk = (image(record.dynamodb?.Keys) as { PK?: string } | undefined)?.PK;
  return pk?.startsWith('ORG#') ? pk.slice(4) : undefined;
};

/**
 * What a stream record means for webhooks: the events with their deterministic ids and
 * `data` as the API shows the resource. Pure: the images decide.
 */
export function detectWebhookEvents(record: DynamoDBRecord): WebhookEvent[] {
  const oldItem = image(record.dynamodb?.OldImage);
  const newItem = image(record.dynamodb?.NewImage);
  const item = newItem ?? oldItem;
  if (!item) return [];
  const sk = (image(record.dynamodb?.Keys) as { SK?: string } | undefined)?.SK ?? '';
  let detected: Detected[];
  if (sk.startsWith('APIKEY#')) detected = apiKeyEvents(record, oldItem, newItem);
  else if (item.type === 'invitation') detected = invitationEvents(record, oldItem, newItem);
  else if (item.type === 'member') detected = memberEvents(record, oldItem, newItem);
  else if (item.type === 'org') detected = orgEvents(record, oldItem, newItem);
  else if (item.type === 'domain') detected = domainEvents(record, oldItem, newItem);
  else if (item.type === 'subscription') detected = subscriptionEvents(record, oldItem, newItem);
  else if (item.type === 'invoice') detected = invoiceEvents(record, oldItem, newItem);
  else return [];
  return detected.flatMap(({ type, item: source, data }) => {
    const orgId = orgIdOf(record, source);
    if (!orgId) return [];
    return [
      { id: eventIdOf(record, type, source), type, createdAt: createdAtOf(record, source), orgId, data },
    ];
  });
}

/** Does an endpoint subscribed to `events` want `type`? */
export const subscribes = (events: readonly string[], type: WebhookEventType) =>
  type === 'webhook.test' || events.includes('*') || events.includes(type);
