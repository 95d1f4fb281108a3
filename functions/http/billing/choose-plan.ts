import { tryActivate } from '../../../shared/billing/activation.ts';
import { choosePlan } from '../../../shared/billing/billing.ts';
import { planById } from '../../../shared/billing/domain/plans.ts';
import { moveSubscription } from '../../../shared/billing/subscriptions.ts';
import { onboardingOf } from '../../../shared/orgs/domain/onboarding.ts';
import { etagOf, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { getOrg } from '../../../shared/orgs/orgs.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { billingRoutes } from './routes.ts';

export const handler = route(billingRoutes.choosePlan, async ({ actor, params, body }) => {
  await choosePlan(actor, planById(body.planId));
  let org = await getOrg(params.orgId);
  // read after the plan was stored: if every step is now done, this request activates
  if (org?.mode === 'sandbox' && onboardingOf(org).status === 'active') {
    await tryActivate(params.orgId, actor.userId);
    org = await getOrg(params.orgId);
  } else if (org?.mode === 'production') {
    // the change committed (a refused one threw above, Stripe untouched): the subscription follows
    await moveSubscription(params.orgId, planById(body.planId), actor.userId);
  }
  if (!org) throw notFound('Organization');
  return { body: toOrgResponse(org), headers: { etag: etagOf(org) } };
});
