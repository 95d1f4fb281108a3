import type { PlanId } from '../../billing/domain/plans.ts';
import { billingStatusOf, type DunningFacts } from '../../billing/dunning.ts';
import { type OnboardingFacts, onboardingOf } from './onboarding.ts';

export interface Branding {
  logoUrl: string | null;
  bannerUrl: string | null;
  badgeUrl: string | null;
}

export interface OrgRecord extends OnboardingFacts, DunningFacts {
  id: string;
  name: string;
  timeZone: string;
  branding: Branding;
  mode: 'sandbox' | 'production';
  planId: PlanId;
  memberLimit: number;
  activeMemberCount: number;
  ownerId: string;
  defaultWorkspaceId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  paymentFailedAt?: string;
  /** who created it: their organization limit counts it (absent on orgs created before it was recorded) */
  createdBy?: string;
  /** set while deletion is scheduled: the purge runs after this time, restore is possible before */
  deleteAt?: string;
  deletionScheduledAt?: string;
  deletionScheduledBy?: string;
  /** set when the purge has begun: from then on nothing can restore it */
  purgeStartedAt?: string;
}

/** Deletion scheduled (or the purge under way): nobody but the owner sees the org, and only to restore or export it. */
export const isDeletionScheduled = (org: Pick<OrgRecord, 'deleteAt'>) => org.deleteAt !== undefined;

export const emptyBranding: Branding = { logoUrl: null, bannerUrl: null, badgeUrl: null };

export function toOrgResponse(org: OrgRecord) {
  return {
    id: org.id,
    name: org.name,
    timeZone: org.timeZone,
    branding: { ...emptyBranding, ...org.branding },
    mode: org.mode,
    status: isDeletionScheduled(org) ? ('deletion_scheduled' as const) : onboardingOf(org).status,
    planId: org.planId,
    memberLimit: org.memberLimit,
    activeMemberCount: org.activeMemberCount,
    ownerId: org.ownerId,
    paymentFailed: Boolean(org.paymentFailedAt),
    billingStatus: billingStatusOf(org),
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
    ...(org.deleteAt ? { deleteAt: org.deleteAt } : {}),
  };
}

export const etagOf = (org: Pick<OrgRecord, 'version'>) => `"${org.version}"`;
