import { authorize } from '../../../shared/data/access.ts';
import { getDelivery, requeueDelivery, toDeliveryResponse } from '../../../shared/data/webhook-deliveries.ts';
import { ApiError } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { DeliveryParams } from '../../../shared/schemas/webhooks.ts';
import { handOff } from '../../../shared/webhooks/invoke.ts';

export const handler = route({ params: DeliveryParams, idempotent: true }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  await getDelivery(params);
  const delivery = await requeueDelivery(params);
  if (!delivery)
    throw new ApiError('CONFLICT', 'An attempt of this delivery is running. Retry when it ends.');
  await handOff([params]);
  return { status: 202, body: toDeliveryResponse(delivery) };
});
