import type { AssignableRole } from '../../members/domain/permissions.ts';

export const domainStatuses = ['pending', 'verified', 'unverified'] as const;
export type DomainStatus = (typeof domainStatuses)[number];

export const enrollments = ['none', 'suggest', 'auto_invite'] as const;
export type Enrollment = (typeof enrollments)[number];

export interface DomainRecord {
  id: string;
  orgId: string;
  /** lower-case, A-label form */
  domain: string;
  status: DomainStatus;
  enrollment: Enrollment;
  role: AssignableRole;
  recordName: string;
  recordValue: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  verifiedAt?: string;
  /** the last time the daily re-check (or a verify) read the record */
  lastCheckedAt?: string;
  /** set by the re-check while the record is missing; cleared when it is back */
  missingSince?: string;
  unverifiedAt?: string;
}

/** Who "invited" an auto-invitation: the domain's enrollment, not a person. */
export const DOMAIN_INVITER_PREFIX = 'domain:';
export const domainInviter = (domainId: string) => `${DOMAIN_INVITER_PREFIX}${domainId}`;
export const domainIdOfInviter = (invitedBy: string) =>
  invitedBy.startsWith(DOMAIN_INVITER_PREFIX) ? invitedBy.slice(DOMAIN_INVITER_PREFIX.length) : undefined;

export const toDomainResponse = (record: DomainRecord) => ({
  id: record.id,
  domain: record.domain,
  status: record.status,
  enrollment: record.enrollment,
  role: record.role,
  verification: { recordName: record.recordName, recordValue: record.recordValue },
  createdAt: record.createdAt,
  verifiedAt: record.verifiedAt ?? null,
  lastCheckedAt: record.lastCheckedAt ?? null,
});

export type RecheckOutcome =
  | { kind: 'found' }
  | { kind: 'missing'; missingSince: string }
  | { kind: 'unverify'; missingSince: string };

/**
 * What a daily re-check of a verified domain decides: the record is there; or it is missing
 * (since when); or it has been missing for `unverifyAfterSeconds` (3 days): unverified.
 */
export function recheckOutcome(
  record: Pick<DomainRecord, 'missingSince'>,
  found: boolean,
  now: Date,
  unverifyAfterSeconds: number,
): RecheckOutcome {
  if (found) return { kind: 'found' };
  const missingSince = record.missingSince ?? now.toISOString();
  const missingFor = (now.getTime() - Date.parse(missingSince)) / 1000;
  return missingFor >= unverifyAfterSeconds
    ? { kind: 'unverify', missingSince }
    : { kind: 'missing', missingSince };
}

export type JoinRequestStatus = 'pending' | 'approved' | 'denied';

export interface JoinRequestRecord {
  id: string;
  orgId: string;
  userId: string;
  email: string;
  name: string | null;
  domain: string;
  domainId: string;
  status: JoinRequestStatus;
  createdAt: string;
  decidedAt?: string;
  decidedBy?: string;
  /** the role given on approval */
  role?: string;
}

export const toJoinRequestResponse = (request: JoinRequestRecord) => ({
  id: request.id,
  userId: request.userId,
  email: request.email,
  name: request.name,
  domain: request.domain,
  status: request.status,
  createdAt: request.createdAt,
  decidedAt: request.decidedAt ?? null,
});
