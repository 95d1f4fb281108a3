import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { planFeatures } from '../../shared/billing/domain/plans.ts';
import { assertPlanFeature, featureUseChange } from '../../shared/billing/plan-features.ts';
import { getOrg } from '../../shared/orgs/orgs.ts';
import { db } from '../../shared/platform/dynamo/client.ts';
import { api, newUser } from '../support/http.ts';
import { createOrgFor, expectProblem } from '../support/orgs.ts';

/** The one plan gate (features per plan) and the counters that keep a plan change from dropping one in use. */

const use = (orgId: string, feature: (typeof planFeatures)[number], delta: 1 | -1) =>
  db().send(new TransactWriteCommand({ TransactItems: [featureUseChange(orgId, feature, delta)] }));

describe('plan features', () => {
  it('GET /plans lists each plan with its features', async () => {
    const plans = await api('GET', '/plans');
    expect(plans.status).toBe(200);
    const features = Object.fromEntries(
      (plans.body as { id: string; features: string[] }[]).map((plan) => [plan.id, plan.features]),
    );
    expect(features).toEqual({ basic: [], pro: ['custom_roles', 'domains'], enterprise: [...planFeatures] });
  });

  it('the gate follows the plan as read now', () => {
    expect(() => assertPlanFeature({ planId: 'basic' }, 'domains')).toThrow(
      /not in the organization's Basic plan/,
    );
    expect(() => assertPlanFeature({ planId: 'pro' }, 'scim')).toThrow(/SCIM/);
    expect(() => assertPlanFeature({ planId: 'enterprise' }, 'scim')).not.toThrow();
  });

  it('a plan change that drops a feature in use is 409 FEATURE_IN_USE and changes nothing; unused again, it goes through', async () => {
    const owner = await newUser();
    const { id: orgId } = await createOrgFor(owner);
    const choose = (planId: string) =>
      api('PUT', `/orgs/${orgId}/plan`, { token: owner.token, body: { planId } });
    expect((await choose('enterprise')).status).toBe(200);
    await use(orgId, 'scim', 1);

    const toPro = await choose('pro');
    expectProblem(toPro, 409, 'FEATURE_IN_USE');
    expect(toPro.body.detail).toContain('scim');
    expect((await getOrg(orgId))?.planId).toBe('enterprise');

    // a feature the target plan keeps does not stand in the way
    await use(orgId, 'domains', 1);
    await use(orgId, 'scim', -1);
    expect((await choose('pro')).status).toBe(200);
    expectProblem(await choose('basic'), 409, 'FEATURE_IN_USE');
    await use(orgId, 'domains', -1);
    expect((await choose('basic')).status).toBe(200);
    expect((await getOrg(orgId))?.planId).toBe('basic');
  });
});
