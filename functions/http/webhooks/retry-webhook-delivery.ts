import { ApiError } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { getDelivery, requeueDelivery, toDeliveryResponse } from '../../../shared/webhooks/deliveries.ts';
import { handOff } from '../../../shared/webhooks/invoke.ts';
import { webhooksRoutes } from './routes.ts';

export const handler = route(webhooksRoutes.retryWebhookDelivery, async ({ params }) => {
  await getDelivery(params);
  const delivery = await requeueDelivery(params);
  if (!delivery)
    throw new ApiError('CONFLICT', 'An attempt of this delivery is running. Retry when it ends.');
  await handOff([params]);
  return { status: 202, body: toDeliveryResponse(delivery) };
});
