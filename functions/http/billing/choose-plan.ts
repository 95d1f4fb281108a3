import { tryActivate } from '../../../shared/billing/activation.ts';
import { choosePlan } from '../../../shared/billing/billing.ts';
import { planById } from '../../../shared/billing/domain/plans.ts';
import { ChoosePlanSchema } from '../../../shared/billing/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { onboardingOf } from '../../../shared/orgs/domain/onboarding.ts';
import { etagOf, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { getOrg } from '../../../shared/orgs/orgs.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route(
  { params: OrgIdParams, body: ChoosePlanSchema },
  async ({ caller, params, body }) => {
    const actor = await authorize(params.orgId, caller, 'billing:manage');
    await choosePlan(actor, planById(body.planId));
    let org = await getOrg(params.orgId);
    // read after the plan was stored: if every step is now done, this request activates
    if (org?.mode === 'sandbox' && onboardingOf(org).status === 'active') {
      await tryActivate(params.orgId, actor.userId);
      org = await getOrg(params.orgId);
    }
    if (!org) throw notFound('Organization');
    return { body: toOrgResponse(org), headers: { etag: etagOf(org) } };
  },
);
