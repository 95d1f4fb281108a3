import { authorize } from '../../../shared/data/access.ts';
import { tryActivate } from '../../../shared/data/activation.ts';
import { choosePlan } from '../../../shared/data/billing.ts';
import { getOrg } from '../../../shared/data/orgs.ts';
import { onboardingOf } from '../../../shared/domain/onboarding.ts';
import { etagOf, toOrgResponse } from '../../../shared/domain/org.ts';
import { planById } from '../../../shared/domain/plans.ts';
import { notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { ChoosePlanSchema } from '../../../shared/schemas/billing.ts';
import { OrgIdParams } from '../../../shared/schemas/orgs.ts';

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
