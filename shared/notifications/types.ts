import type { Role } from '../members/domain/permissions.ts';
import type { OrgBrand } from '../platform/email/types.ts';

/** Who gets an email, as far as the stream record alone tells. `recipients.ts` resolves the rest. */
export type RecipientRef =
  /** the address is in the image (invitee, member) */
  | { kind: 'address'; email: string; name: string | null; userId?: string }
  /** a user whose address must be looked up (inviter, owners) */
  | { kind: 'user'; userId: string; activeMemberOnly?: boolean }
  /** the org's owner and its active finance members (a Query of the org's roster) */
  | { kind: 'ownerAndFinance'; ownerId: string }
  /** the org's active members with these roles (a Query of the org's roster) */
  | { kind: 'roles'; roles: Role[] };

export interface InvitationFacts {
  id: string;
  orgId: string;
  email: string;
  role: Role;
  invitedBy: string;
  inviterName: string | null;
  expiresAt: string;
}

export interface MemberFacts {
  userId: string;
  email: string | null;
  name: string | null;
}

interface Common {
  /**
   * Names the event for the send-once claim (with the recipient): the stream
   * record's eventID (a redelivered record keeps it), or for expiry the invitation
   * id, so the TTL deletion and the cleanup's status change claim the same key.
   */
  eventKey: string;
  orgId: string;
  recipients: RecipientRef[];
}

export type NotificationEvent = Common &
  (
    | { type: 'invitationSent'; resent: boolean; invitation: InvitationFacts }
    | { type: 'invitationRevoked'; invitation: InvitationFacts }
    | { type: 'invitationExpired'; via: 'ttl' | 'cleanup'; invitation: InvitationFacts }
    | { type: 'memberRemoved' | 'memberBlocked' | 'memberUnblocked'; member: MemberFacts }
    | { type: 'ownershipTransferred'; org: OrgBrand; previousOwnerId: string; newOwnerId: string }
    | { type: 'orgActivated'; org: OrgBrand }
    | { type: 'paymentFailed'; org: OrgBrand; failedAt: string }
    | { type: 'paymentRestricted' | 'paymentRestored'; org: OrgBrand }
    | { type: 'orgDeletionScheduled'; org: OrgBrand; deleteAt: string }
    | { type: 'orgRestored' | 'orgPurged'; org: OrgBrand }
    /** the member lost developer access: their keys stop working; `keyNames` is filled in before sending */
    | { type: 'apiKeysSuspended'; member: MemberFacts; occurredAt: number; keyNames?: string[] }
    /** the member got developer access back: their keys work again (audit only) */
    | { type: 'apiKeysRestored'; member: MemberFacts; occurredAt: number }
    | { type: 'liveApiKeyCreated'; apiKey: { id: string; name: string; start: string; createdBy: string } }
    | { type: 'webhookEndpointDisabled'; endpointId: string; url: string; failingSince: string | null }
    /** an identity provider provisioned the person (SCIM): told once, until they sign in */
    | { type: 'memberProvisioned'; email: string }
    /** a join request answered: the requester hears either way */
    | { type: 'joinRequestApproved' | 'joinRequestDenied'; requestId: string }
    /** the daily re-check found the record missing for days: owner and admins */
    | { type: 'domainUnverified'; domain: string; recordName: string; missingSince: string }
  );

export type NotificationType = NotificationEvent['type'];
