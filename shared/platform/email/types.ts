import type { RoleKey as Role } from '../../members/domain/permissions.ts';

/** What every email shows of the organization: name, logo, and the zone its times are shown in. */
export interface OrgBrand {
  id: string;
  name: string;
  timeZone: string;
  logoUrl: string | null;
}

/** One email's facts, per kind. Templates turn these into text and HTML. */
export type EmailContent =
  | {
      kind: 'invitation';
      /** a resend: the subject says it is a reminder */
      resent: boolean;
      invitationId: string;
      inviteeEmail: string;
      role: Role;
      inviterName: string | null;
      expiresAt: string;
    }
  | { kind: 'invitationRevoked'; inviteeEmail: string }
  | { kind: 'invitationExpired'; inviteeEmail: string; role: Role; expiresAt: string }
  | { kind: 'memberRemoved' }
  | { kind: 'memberBlocked' }
  | { kind: 'memberUnblocked' }
  | { kind: 'ownershipReceived'; previousOwner: string | null }
  | { kind: 'ownershipTransferred'; newOwner: string | null }
  | { kind: 'orgActivated' }
  | { kind: 'paymentFailed'; failedAt: string }
  | { kind: 'paymentRestricted' }
  | { kind: 'paymentRestored' }
  | { kind: 'orgDeletionScheduled'; deleteAt: string }
  | { kind: 'orgRestored' }
  | { kind: 'orgPurged' }
  | { kind: 'apiKeysSuspended'; memberName: string | null; keyNames: string[] }
  | { kind: 'liveApiKeyCreated'; keyName: string; start: string; creatorName: string | null }
  | { kind: 'webhookEndpointDisabled'; endpointId: string; url: string; failingSince: string | null }
  | { kind: 'memberProvisioned'; email: string }
  | { kind: 'joinRequestApproved' }
  | { kind: 'joinRequestDenied' }
  | { kind: 'domainUnverified'; domain: string; recordName: string; missingSince: string };

export type EmailKind = EmailContent['kind'];

export interface RenderContext {
  org: OrgBrand;
  /** the web app's base URL, no trailing slash */
  appUrl: string;
  recipientName?: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A template's output: plain-text parts; the layout escapes them and builds both bodies. */
export interface EmailParts {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** small print under the action */
  note?: string;
}
