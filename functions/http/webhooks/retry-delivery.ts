import { authorize } from '../../../shared/members/access.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { getDelivery, requeueDelivery, toDeliveryResponse } from '../../../shared/webhooks/deliveries.ts';
import { handOff } from '../../../shared/webhooks/invoke.ts';
import { DeliveryParams } from '../../../shared/webhooks/schemas.ts';

export const handler = route({ params: DeliveryParams, idempotent: true }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'developer:use');
  await getDelivery(params);
  const delivery = await requeueDelivery(params);
  if (!delivery)
    throw new ApiError('CONFLICT', 'An attempt of this delivery is running. Retry when it ends.');
  await handOff([params]);
  return { status: 202, body: toDeliveryResponse(delivery) };
});
