import { randomBytes } from 'node:crypto';
import { attemptTimeoutMs } from './config.ts';
import { createDelivery, type DeliveryRecord, getDelivery } from './deliveries.ts';
import type { WebhookEndpointRecord } from './endpoint.ts';
import { deliverNow } from './invoke.ts';

/**
 * A `webhook.test` delivery (one attempt, no schedule) attempted now by the deliverer.
 * If the dispatcher happened to claim it first, waits for that attempt's outcome.
 */
export async function sendTestEvent(endpoint: WebhookEndpointRecord): Promise<DeliveryRecord> {
  const event = {
    id: `evt_${randomBytes(16).toString('base64url')}`,
    type: 'webhook.test' as const,
    createdAt: new Date().toISOString(),
    orgId: endpoint.orgId,
    data: { endpointId: endpoint.id, message: 'A test event from orgs.' },
  };
  const { ref } = await createDelivery(event, endpoint.id, { retries: false });
  await deliverNow(ref);
  const deadline = Date.now() + attemptTimeoutMs() + 2_000;
  for (;;) {
    const delivery = await getDelivery(ref);
    if (delivery.status !== 'pending' || Date.now() > deadline) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
