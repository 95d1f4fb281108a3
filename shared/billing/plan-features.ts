import type { OrgRecord } from '../orgs/domain/org.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { keys } from '../platform/dynamo/keys.ts';
import type { TransactItem } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';
import { type PlanFeature, planById, planHasFeature } from './domain/plans.ts';

const featureNames: Record<PlanFeature, string> = {
  custom_roles: 'Custom roles',
  domains: 'Verified domains',
  scim: 'SCIM provisioning',
};

export const inUseAttribute = (feature: PlanFeature) => `inUse_${feature}`;

/** The one plan gate: routes declare `feature`, `route()` calls this on the org as read now. */
export function assertPlanFeature(org: Pick<OrgRecord, 'planId'>, feature: PlanFeature): void {
  if (planHasFeature(org.planId, feature)) return;
  const plan = org.planId ? planById(org.planId as never).name : 'current';
  throw new ApiError(
    'PLAN_FEATURE_UNAVAILABLE',
    `${featureNames[feature]} (${feature}) is not in the organization's ${plan} plan. Choose a plan that includes it (GET /plans).`,
  );
}

/**
 * Usage of a feature is counted on the org item (`inUse_<feature>`), in the same
 * transaction that starts or ends the use (a custom role assigned, a domain verified, a SCIM
 * token created), so a plan change can refuse to drop a feature in use by a condition.
 */
export function featureUseChange(orgId: string, feature: PlanFeature, delta: 1 | -1): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.org(orgId),
      UpdateExpression: 'SET #use = if_not_exists(#use, :zero) + :delta',
      ExpressionAttributeNames: { '#use': inUseAttribute(feature) },
      ExpressionAttributeValues: { ':zero': 0, ':delta': delta },
    },
  };
}

/** The condition (and its values) that no dropped feature is still in use. */
export function noFeatureInUse(dropped: readonly PlanFeature[]) {
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const clauses = dropped.map((feature, index) => {
    names[`#use${index}`] = inUseAttribute(feature);
    values[':unused'] = 0;
    return `(attribute_not_exists(#use${index}) OR #use${index} <= :unused)`;
  });
  return { expression: clauses.join(' AND '), names, values };
}

/** Which dropped feature the stored org still uses (to word the 409). */
export function featuresInUse(stored: Record<string, unknown> | undefined, dropped: readonly PlanFeature[]) {
  return dropped.filter((feature) => Number(stored?.[inUseAttribute(feature)] ?? 0) > 0);
}
