import type { DynamoDBRecord } from 'aws-lambda';
import { withApiKeyFacts } from '../api-keys/suspension.ts';
import { isPurged } from '../lifecycle/tombstones.ts';
import { getOrg } from '../orgs/orgs.ts';
import { appUrl } from '../platform/config/env.ts';
import { renderEmail } from '../platform/email/render.ts';
import type { EmailContent, OrgBrand } from '../platform/email/types.ts';
import { detectNotifications } from './detect.ts';
import { notifyLogger as logger } from './logger.ts';
import { type Address, resolveRecipients, userAddresses } from './recipients.ts';
import { type SendOnceResult, sendOnce } from './send-once.ts';
import { sendEmail } from './ses.ts';
import type { NotificationEvent } from './types.ts';

/** The org's brand, and whether its deletion is scheduled; undefined once purged (a missing org otherwise fails). */
async function loadOrgBrand(
  orgId: string,
): Promise<(OrgBrand & { deletionScheduled?: boolean }) | undefined> {
  const org = await getOrg(orgId);
  // purged: its tombstone says so, and the late records of its purge send nothing
  if (!org && (await isPurged(orgId))) return undefined;
  if (!org) throw new Error(`organization ${orgId} not found`);
  return {
    id: org.id,
    name: org.name,
    timeZone: org.timeZone,
    logoUrl: org.branding?.logoUrl ?? null,
    deletionScheduled: org.deleteAt !== undefined,
  };
}

const display = (address: Address | undefined) => (address ? (address.name ?? address.email) : null);

/** The email one recipient of an event gets. */
async function contentFor(event: NotificationEvent, to: Address, all: Address[]): Promise<EmailContent> {
  switch (event.type) {
    case 'invitationSent': {
      const { invitation } = event;
      const inviterName =
        invitation.inviterName ??
        (await userAddresses(invitation.orgId, [invitation.invitedBy])).get(invitation.invitedBy)?.name ??
        null;
      return {
        kind: 'invitation',
        resent: event.resent,
        invitationId: invitation.id,
        inviteeEmail: invitation.email,
        role: invitation.role,
        inviterName,
        expiresAt: invitation.expiresAt,
      };
    }
    case 'invitationRevoked':
      return { kind: 'invitationRevoked', inviteeEmail: event.invitation.email };
    case 'invitationExpired':
      return {
        kind: 'invitationExpired',
        inviteeEmail: event.invitation.email,
        role: event.invitation.role,
        expiresAt: event.invitation.expiresAt,
      };
    case 'memberRemoved':
    case 'memberBlocked':
    case 'memberUnblocked':
      return { kind: event.type };
    case 'ownershipTransferred':
      return to.userId === event.newOwnerId
        ? {
            kind: 'ownershipReceived',
            previousOwner: display(all.find((address) => address.userId === event.previousOwnerId)),
          }
        : {
            kind: 'ownershipTransferred',
            newOwner: display(all.find((address) => address.userId === event.newOwnerId)),
          };
    case 'orgActivated':
      return { kind: 'orgActivated' };
    case 'paymentFailed':
      return { kind: 'paymentFailed', failedAt: event.failedAt };
    case 'paymentRestricted':
    case 'paymentRestored':
      return { kind: event.type };
    case 'orgDeletionScheduled':
      return { kind: 'orgDeletionScheduled', deleteAt: event.deleteAt };
    case 'orgRestored':
    case 'orgPurged':
      return { kind: event.type };
    case 'apiKeysSuspended':
      return {
        kind: 'apiKeysSuspended',
        memberName: event.member.name ?? event.member.email,
        keyNames: event.keyNames ?? [],
      };
    case 'liveApiKeyCreated': {
      const creator = (await userAddresses(event.orgId, [event.apiKey.createdBy])).get(
        event.apiKey.createdBy,
      );
      return {
        kind: 'liveApiKeyCreated',
        keyName: event.apiKey.name,
        start: event.apiKey.start,
        creatorName: display(creator),
      };
    }
    case 'apiKeysRestored':
      throw new Error('apiKeysRestored sends no email');
    case 'webhookEndpointDisabled':
      return {
        kind: 'webhookEndpointDisabled',
        endpointId: event.endpointId,
        url: event.url,
        failingSince: event.failingSince,
      };
    case 'joinRequestApproved':
    case 'joinRequestDenied':
      return { kind: event.type };
    case 'memberProvisioned':
      return { kind: 'memberProvisioned', email: event.email };
    case 'domainUnverified':
      return {
        kind: 'domainUnverified',
        domain: event.domain,
        recordName: event.recordName,
        missingSince: event.missingSince,
      };
  }
}

export interface RecordOutcome {
  events: number;
  sent: number;
  alreadySent: number;
}

/**
 * One stream record → its emails, each sent once. Every recipient is tried;
 * if any send fails, this throws after the others (their claims stand), so the
 * record is reported in `batchItemFailures` and only the failed ones go again.
 */
export async function processRecord(record: DynamoDBRecord): Promise<RecordOutcome> {
  const events = detectNotifications(record);
  const outcome: RecordOutcome = { events: events.length, sent: 0, alreadySent: 0 };
  const failures: unknown[] = [];
  for (const detected of events) {
    const event = await withApiKeyFacts(detected);
    if (!event) continue;
    const org: (OrgBrand & { deletionScheduled?: boolean }) | undefined =
      'org' in event ? event.org : await loadOrgBrand(event.orgId);
    if (!org || (org.deletionScheduled && event.type === 'memberRemoved')) {
      // the purge deletes members (they were emailed when the deletion was scheduled) and then the org
      logger.info('notification skipped: organization deleted', { type: event.type, orgId: event.orgId });
      continue;
    }
    const addresses = await resolveRecipients(event.orgId, event.recipients);
    for (const to of addresses) {
      const content = await contentFor(event, to, addresses);
      const email = renderEmail(content, { org, appUrl: appUrl(), recipientName: to.name });
      let result: SendOnceResult;
      try {
        result = await sendOnce({ eventKey: event.eventKey, recipient: to.email, kind: event.type }, () =>
          sendEmail({ to: to.email, ...email }),
        );
      } catch (error) {
        logger.error('notification email failed', { type: event.type, eventKey: event.eventKey, error });
        failures.push(error);
        continue;
      }
      if (result === 'sent') outcome.sent++;
      else outcome.alreadySent++;
      logger.info('notification email', { type: event.type, eventKey: event.eventKey, result });
    }
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1)
    throw new AggregateError(failures, `${failures.length} notification emails failed`);
  return outcome;
}
