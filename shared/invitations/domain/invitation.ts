import type { RoleKey } from '../../members/domain/permissions.ts';

export const invitationStatuses = ['pending', 'accepted', 'declined', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export interface InvitationRecord {
  id: string;
  orgId: string;
  email: string;
  role: RoleKey;
  status: InvitationStatus;
  invitedBy: string;
  inviterName: string | null;
  createdAt: string;
  expiresAt: string;
  lastSentAt: string;
  resendCount: number;
  resendWindowStart: string;
  acceptedBy?: string;
  acceptedAt?: string;
  declinedAt?: string;
  revokedBy?: string;
  revokedAt?: string;
  expiredAt?: string;
}

/** Resends allowed per invitation per rolling day. */
export const RESEND_LIMIT_PER_DAY = 5;

/** A pending invitation whose time has passed is expired, whether or not TTL or cleanup got to it yet. */
export function effectiveStatus(invitation: InvitationRecord, now = new Date()): InvitationStatus {
  if (invitation.status === 'pending' && invitation.expiresAt <= now.toISOString()) return 'expired';
  return invitation.status;
}

export const toInvitationResponse = (invitation: InvitationRecord, now = new Date()) => ({
  id: invitation.id,
  orgId: invitation.orgId,
  email: invitation.email,
  role: invitation.role,
  status: effectiveStatus(invitation, now),
  invitedBy: invitation.invitedBy,
  createdAt: invitation.createdAt,
  expiresAt: invitation.expiresAt,
  resendCount: invitation.resendCount,
});

/** An invitation as its invitee sees it: with the organization's name and logo and the inviter's name. */
export const toMyInvitationResponse = (
  invitation: InvitationRecord,
  org: { name: string; logoUrl: string | null } | undefined,
  now = new Date(),
) => ({
  ...toInvitationResponse(invitation, now),
  organization: { id: invitation.orgId, name: org?.name ?? null, logoUrl: org?.logoUrl ?? null },
  inviter: { userId: invitation.invitedBy, name: invitation.inviterName ?? null },
});
