import { getSubscription, toSubscriptionResponse } from '../../../shared/billing/subscriptions.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { billingRoutes } from './routes.ts';

export const handler = route(billingRoutes.getSubscription, async ({ params }) => {
  const subscription = await getSubscription(params.orgId);
  if (!subscription) throw notFound('Subscription');
  return { body: toSubscriptionResponse(subscription) };
});
