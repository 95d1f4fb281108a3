import type { TestUser } from './http.ts';
import { getOk, walk } from './members.ts';

/** `GET /orgs/{orgId}/billing` as the owner (must be 200). */
export const getBilling = (owner: TestUser, orgId: string) => getOk(owner, `/orgs/${orgId}/billing`);

/** `GET /orgs/{orgId}/onboarding` as the owner (must be 200). */
export const onboarding = (owner: TestUser, orgId: string) =>
  getOk<{
    status: string;
    steps: { id: string; done: boolean }[];
    paymentFailure: { reason: string; at: string } | null;
  }>(owner, `/orgs/${orgId}/onboarding`);

/** Every audit entry of the org with this action (all pages; the filter applies per page). */
export const auditEntries = async (owner: TestUser, orgId: string, action: string) =>
  (await walk(owner, `/orgs/${orgId}/audit-log`, { limit: '100', action })).items;
