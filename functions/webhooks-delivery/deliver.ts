import { attemptDelivery } from '../../shared/webhooks/deliver.ts';
import { type DeliveryRef, toDeliveryResponse } from '../../shared/webhooks/deliveries.ts';
import type { DeliverPayload } from '../../shared/webhooks/invoke.ts';
import { webhookLogger as logger } from '../../shared/webhooks/logger.ts';

const isRef = (value: unknown): value is DeliveryRef =>
  typeof value === 'object' &&
  value !== null &&
  ['orgId', 'endpointId', 'deliveryId'].every(
    (field) => typeof (value as Record<string, unknown>)[field] === 'string',
  );

/**
 * The only function that reads webhook secrets: one attempt per delivery named in the
 * payload, concurrently, each with its own timeout. Invoked asynchronously by the stream
 * consumer and the dispatcher, synchronously by the test route.
 */
export const handler = async (event: DeliverPayload) => {
  const refs = Array.isArray(event?.deliveries) ? event.deliveries.filter(isRef) : [];
  const results = await Promise.all(
    refs.map(async (ref) => {
      try {
        const delivery = await attemptDelivery(ref);
        return delivery ? toDeliveryResponse(delivery) : null;
      } catch (error) {
        // the delivery stays due: the dispatcher tries again when its lease ends
        logger.error('webhook attempt failed', { ...ref, error });
        return null;
      }
    }),
  );
  return { deliveries: results };
};
