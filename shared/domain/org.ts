import { type OnboardingFacts, onboardingOf } from './onboarding.ts';
import type { PlanId } from './plans.ts';

export interface Branding {
  logoUrl: string | null;
  bannerUrl: string | null;
  badgeUrl: string | null;
}

export interface OrgRecord extends OnboardingFacts {
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
}

export const emptyBranding: Branding = { logoUrl: null, bannerUrl: null, badgeUrl: null };

export function toOrgResponse(org: OrgRecord) {
  return {
    id: org.id,
    name: org.name,
    timeZone: org.timeZone,
    branding: { ...emptyBranding, ...org.branding },
    mode: org.mode,
    status: onboardingOf(org).status,
    planId: org.planId,
    memberLimit: org.memberLimit,
    activeMemberCount: org.activeMemberCount,
    ownerId: org.ownerId,
    paymentFailed: Boolean(org.paymentFailedAt),
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  };
}

export const etagOf = (org: Pick<OrgRecord, 'version'>) => `"${org.version}"`;
