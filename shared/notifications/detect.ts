import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { apiKeyEvents, keySuspensionEvents } from '../api-keys/stream-events.ts';
import { type DunningFacts, recordedBillingStatus } from '../billing/dunning.ts';
import { type Role, roles } from '../members/domain/permissions.ts';
import type { OrgBrand } from '../platform/email/types.ts';
import type { InvitationFacts, MemberFacts, NotificationEvent, RecipientRef } from './types.ts';

type Image = Record<string, unknown>;

/** A record that should be a notification but lacks what one needs: reported, retried, dead-lettered. */
export class MalformedRecordError extends Error {
  override name = 'MalformedRecordError';
}

const image = (raw: Record<string, unknown> | undefined): Image | undefined =>
  raw ? (unmarshall(raw as Record<string, AttributeValue>) as Image) : undefined;

const text = (item: Image | undefined, field: string): string | undefined => {
  const value = item?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

function required(item: Image, field: string, what: string): string {
  const value = text(item, field);
  if (value === undefined) throw new MalformedRecordError(`${what} without ${field}`);
  return value;
}

/** DynamoDB's TTL deleted the item: the stream says so with a service identity. */
export const isTtlRemoval = (record: DynamoDBRecord): boolean =>
  record.eventName === 'REMOVE' &&
  record.userIdentity?.type === 'Service' &&
  record.userIdentity?.principalId === 'dynamodb.amazonaws.com';

function eventId(record: DynamoDBRecord): string {
  const id = record.eventID ?? record.dynamodb?.SequenceNumber;
  if (!id) throw new MalformedRecordError('stream record without eventID or SequenceNumber');
  return id;
}

function invitationFacts(item: Image): InvitationFacts {
  return {
    id: required(item, 'id', 'invitation'),
    orgId: required(item, 'orgId', 'invitation'),
    email: required(item, 'email', 'invitation'),
    role: required(item, 'role', 'invitation') as Role,
    invitedBy: required(item, 'invitedBy', 'invitation'),
    inviterName: text(item, 'inviterName') ?? null,
    expiresAt: required(item, 'expiresAt', 'invitation'),
  };
}

function memberFacts(item: Image): MemberFacts & { orgId: string } {
  return {
    orgId: required(item, 'orgId', 'member'),
    userId: required(item, 'userId', 'member'),
    email: text(item, 'email') ?? null,
    name: text(item, 'name') ?? null,
  };
}

function orgBrand(item: Image): OrgBrand {
  const branding = item.branding as { logoUrl?: unknown } | undefined;
  return {
    id: required(item, 'id', 'org'),
    name: required(item, 'name', 'org'),
    timeZone: text(item, 'timeZone') ?? 'UTC',
    logoUrl: typeof branding?.logoUrl === 'string' ? branding.logoUrl : null,
  };
}

const memberRecipient = (member: MemberFacts): RecipientRef =>
  member.email
    ? { kind: 'address', email: member.email, name: member.name, userId: member.userId }
    : { kind: 'user', userId: member.userId };

/** The claim key of an invitation's expiry, whichever path (TTL or cleanup) reports it. */
export const expiryEventKey = (invitationId: string) => `invitation#${invitationId}#expired`;

const sent = (id: string, invitation: InvitationFacts, resent: boolean): NotificationEvent => ({
  type: 'invitationSent',
  resent,
  invitation,
  eventKey: `${id}#invitationSent`,
  orgId: invitation.orgId,
  recipients: [{ kind: 'address', email: invitation.email, name: null }],
});

const expired = (invitation: InvitationFacts, via: 'ttl' | 'cleanup'): NotificationEvent => ({
  type: 'invitationExpired',
  via,
  invitation,
  eventKey: expiryEventKey(invitation.id),
  orgId: invitation.orgId,
  // an inviter who was removed or blocked since learns nothing more of the org
  recipients: [{ kind: 'user', userId: invitation.invitedBy, activeMemberOnly: true }],
});

function invitationEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): NotificationEvent[] {
  const id = eventId(record);
  switch (record.eventName) {
    case 'INSERT': {
      if (newItem?.status !== 'pending') return [];
      return [sent(id, invitationFacts(newItem), false)];
    }
    case 'MODIFY': {
      if (!oldItem || !newItem || oldItem.status !== 'pending') return [];
      const invitation = () => invitationFacts(newItem);
      if (newItem.status === 'pending') {
        const resent =
          oldItem.resendCount !== newItem.resendCount || oldItem.lastSentAt !== newItem.lastSentAt;
        if (!resent) return [];
        return [sent(id, invitation(), true)];
      }
      if (newItem.status === 'revoked') {
        const revoked = invitation();
        return [
          {
            type: 'invitationRevoked',
            invitation: revoked,
            eventKey: `${id}#invitationRevoked`,
            orgId: revoked.orgId,
            recipients: [{ kind: 'address', email: revoked.email, name: null }],
          },
        ];
      }
      // accepted and declined send nothing
      if (newItem.status === 'expired') return [expired(invitation(), 'cleanup')];
      return [];
    }
    case 'REMOVE': {
      // only DynamoDB's TTL deletes invitations, and only pending ones still carry a ttl
      if (!oldItem || !isTtlRemoval(record) || oldItem.status !== 'pending') return [];
      return [expired(invitationFacts(oldItem), 'ttl')];
    }
    default:
      return [];
  }
}

function memberEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): NotificationEvent[] {
  const id = eventId(record);
  if (isTtlRemoval(record)) return [];
  return [
    ...membershipEvents(record, id, oldItem, newItem),
    ...keySuspensionEvents(record, id, () => memberFacts((newItem ?? oldItem) as Image), oldItem, newItem),
  ];
}

function membershipEvents(
  record: DynamoDBRecord,
  id: string,
  oldItem?: Image,
  newItem?: Image,
): NotificationEvent[] {
  if (record.eventName === 'REMOVE') {
    if (!oldItem || isTtlRemoval(record)) return [];
    const member = memberFacts(oldItem);
    return [
      {
        type: 'memberRemoved',
        member,
        eventKey: `${id}#memberRemoved`,
        orgId: member.orgId,
        recipients: [memberRecipient(member)],
      },
    ];
  }
  if (record.eventName !== 'MODIFY' || !oldItem || !newItem) return [];
  const type =
    oldItem.status === 'active' && newItem.status === 'blocked'
      ? 'memberBlocked'
      : oldItem.status === 'blocked' && newItem.status === 'active'
        ? 'memberUnblocked'
        : undefined;
  // a role change (also admin → owner in a transfer: the org's ownerId change reports that) sends nothing
  if (!type) return [];
  const member = memberFacts(newItem);
  return [
    { type, member, eventKey: `${id}#${type}`, orgId: member.orgId, recipients: [memberRecipient(member)] },
  ];
}

function orgEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): NotificationEvent[] {
  if (record.eventName === 'REMOVE' && oldItem) return lifecycleEvents(eventId(record), oldItem, undefined);
  if (record.eventName !== 'MODIFY' || !oldItem || !newItem) return [];
  const id = eventId(record);
  const events: NotificationEvent[] = lifecycleEvents(id, oldItem, newItem);
  const previousOwnerId = text(oldItem, 'ownerId');
  const newOwnerId = text(newItem, 'ownerId');
  const org = () => orgBrand(newItem);
  // the one source of "ownership transferred": both owners from this one record
  if (previousOwnerId && newOwnerId && previousOwnerId !== newOwnerId) {
    events.push({
      type: 'ownershipTransferred',
      org: org(),
      previousOwnerId,
      newOwnerId,
      eventKey: `${id}#ownershipTransferred`,
      orgId: org().id,
      recipients: [
        { kind: 'user', userId: newOwnerId },
        { kind: 'user', userId: previousOwnerId },
      ],
    });
  }
  const ownerAndFinance: RecipientRef[] = newOwnerId
    ? [{ kind: 'ownerAndFinance', ownerId: newOwnerId }]
    : [];
  if (oldItem.mode === 'sandbox' && newItem.mode === 'production') {
    events.push({
      type: 'orgActivated',
      org: org(),
      eventKey: `${id}#orgActivated`,
      orgId: org().id,
      recipients: ownerAndFinance,
    });
  }
  const failedAt = text(newItem, 'paymentFailedAt');
  if (failedAt && failedAt !== text(oldItem, 'paymentFailedAt')) {
    events.push({
      type: 'paymentFailed',
      org: org(),
      failedAt,
      eventKey: `${id}#paymentFailed`,
      orgId: org().id,
      recipients: ownerAndFinance,
    });
  }
  const before = recordedBillingStatus(oldItem as DunningFacts);
  const after = recordedBillingStatus(newItem as DunningFacts);
  // an org whose deletion is scheduled ends its subscription on purpose: no dunning email
  const dunning = text(newItem, 'deleteAt') === undefined;
  if (dunning && before !== 'restricted' && after === 'restricted') {
    events.push({
      type: 'paymentRestricted',
      org: org(),
      eventKey: `${id}#paymentRestricted`,
      orgId: org().id,
      recipients: ownerAndFinance,
    });
  }
  if (dunning && (before === 'past_due' || before === 'restricted') && after === 'ok') {
    events.push({
      type: 'paymentRestored',
      org: org(),
      eventKey: `${id}#paymentRestored`,
      orgId: org().id,
      recipients: ownerAndFinance,
    });
  }
  return events;
}

/** Deletion scheduled or restored (to the active members), purged (the org item removed: to its owner). */
function lifecycleEvents(id: string, oldItem: Image, newItem: Image | undefined): NotificationEvent[] {
  const org = orgBrand(newItem ?? oldItem);
  const common = { orgId: org.id, org };
  if (!newItem) {
    const ownerId = text(oldItem, 'ownerId');
    if (!ownerId) return [];
    return [
      {
        ...common,
        type: 'orgPurged',
        eventKey: `${id}#orgPurged`,
        recipients: [{ kind: 'user', userId: ownerId }],
      },
    ];
  }
  const deleteAt = text(newItem, 'deleteAt');
  const wasScheduled = text(oldItem, 'deleteAt') !== undefined;
  if (deleteAt && !wasScheduled) {
    return [
      {
        ...common,
        type: 'orgDeletionScheduled',
        deleteAt,
        eventKey: `${id}#orgDeletionScheduled`,
        recipients: [{ kind: 'roles', roles: [...roles] }],
      },
    ];
  }
  if (!deleteAt && wasScheduled) {
    return [
      {
        ...common,
        type: 'orgRestored',
        eventKey: `${id}#orgRestored`,
        recipients: [{ kind: 'roles', roles: [...roles] }],
      },
    ];
  }
  return [];
}

/** An endpoint the deliverer disabled after failing for days: its creator and the admins hear of it. */
function webhookEndpointEvents(
  record: DynamoDBRecord,
  oldItem?: Image,
  newItem?: Image,
): NotificationEvent[] {
  if (record.eventName !== 'MODIFY' || !oldItem || !newItem) return [];
  if (oldItem.status !== 'enabled' || newItem.status !== 'disabled' || newItem.disabledReason !== 'failing')
    return [];
  const orgId = required(newItem, 'orgId', 'webhook endpoint');
  return [
    {
      type: 'webhookEndpointDisabled',
      endpointId: required(newItem, 'id', 'webhook endpoint'),
      url: required(newItem, 'url', 'webhook endpoint'),
      failingSince: text(newItem, 'failingSince') ?? null,
      eventKey: `${eventId(record)}#webhookEndpointDisabled`,
      orgId,
      recipients: [
        { kind: 'user', userId: required(newItem, 'createdBy', 'webhook endpoint'), activeMemberOnly: true },
        { kind: 'roles', roles: ['owner', 'admin'] },
      ],
    },
  ];
}

/** A join request answered (pending → approved or denied): its requester is told. */
function joinRequestEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): NotificationEvent[] {
  if (record.eventName !== 'MODIFY' || !oldItem || !newItem || oldItem.status !== 'pending') return [];
  const type =
    newItem.status === 'approved'
      ? 'joinRequestApproved'
      : newItem.status === 'denied'
        ? 'joinRequestDenied'
        : undefined;
  if (!type) return [];
  const orgId = required(newItem, 'orgId', 'join request');
  return [
    {
      type,
      requestId: required(newItem, 'id', 'join request'),
      eventKey: `${eventId(record)}#${type}`,
      orgId,
      recipients: [
        {
          kind: 'address',
          email: required(newItem, 'email', 'join request'),
          name: text(newItem, 'name') ?? null,
          userId: text(newItem, 'userId'),
        },
      ],
    },
  ];
}

/**
 * A provisioned user told once: the first update finding it active and unbound sets
 * `emailedAt` (shared/scim/users.ts); every later write keeps it, so it appears exactly once.
 */
function scimUserEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): NotificationEvent[] {
  if (record.eventName !== 'MODIFY' || !newItem) return [];
  const emailedAt = text(newItem, 'emailedAt');
  if (!emailedAt || emailedAt === text(oldItem, 'emailedAt') || text(newItem, 'userId')) return [];
  const orgId = required(newItem, 'orgId', 'SCIM user');
  const id = required(newItem, 'id', 'SCIM user');
  const email = required(newItem, 'userName', 'SCIM user');
  return [
    {
      type: 'memberProvisioned',
      email,
      // per SCIM user: a redelivered record, or any other record of it, claims the same key
      eventKey: `scimUser#${orgId}#${id}#provisioned`,
      orgId,
      recipients: [{ kind: 'address', email, name: null }],
    },
  ];
}

/** A verified domain the re-check turned unverified: the owner and admins are told. */
function domainEvents(record: DynamoDBRecord, oldItem?: Image, newItem?: Image): NotificationEvent[] {
  if (record.eventName !== 'MODIFY' || oldItem?.status !== 'verified' || newItem?.status !== 'unverified')
    return [];
  return [
    {
      type: 'domainUnverified',
      domain: required(newItem, 'domain', 'domain'),
      recordName: required(newItem, 'recordName', 'domain'),
      missingSince: text(newItem, 'missingSince') ?? required(newItem, 'updatedAt', 'domain'),
      eventKey: `${eventId(record)}#domainUnverified`,
      orgId: required(newItem, 'orgId', 'domain'),
      recipients: [{ kind: 'roles', roles: ['owner', 'admin'] }],
    },
  ];
}

/**
 * What a stream record means for email: an empty list for everything that is not
 * a notification (audit entries, guards, claims, profiles, ...). Pure: the images
 * decide; recipients that need a lookup are named, not resolved.
 */
export function detectNotifications(record: DynamoDBRecord): NotificationEvent[] {
  const oldItem = image(record.dynamodb?.OldImage);
  const newItem = image(record.dynamodb?.NewImage);
  const type = (newItem ?? oldItem)?.type;
  switch (type) {
    case 'invitation':
      return invitationEvents(record, oldItem, newItem);
    case 'member':
      return memberEvents(record, oldItem, newItem);
    case 'org':
      return orgEvents(record, oldItem, newItem);
    case 'apiKey':
      return apiKeyEvents(record, eventId(record), newItem);
    case 'webhookEndpoint':
      return webhookEndpointEvents(record, oldItem, newItem);
    case 'joinRequest':
      return joinRequestEvents(record, oldItem, newItem);
    case 'domain':
      return domainEvents(record, oldItem, newItem);
    case 'scimUser':
      return scimUserEvents(record, oldItem, newItem);
    default:
      return [];
  }
}
