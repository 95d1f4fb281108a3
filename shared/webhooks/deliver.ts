import { attemptTimeoutMs, disableAfterMs } from './config.ts';
import { claimAttempt, type DeliveryRecord, type DeliveryRef, finishAttempt } from './deliveries.ts';
import { endpointFailed, endpointSucceeded, endpointWithSecrets } from './endpoints.ts';
import { webhookLogger as logger } from './logger.ts';
import { retryDelayMs } from './schedule.ts';
import { postWebhook, type SendResult } from './send.ts';
import { activeSecrets, signatureHeaders } from './signing.ts';
import { checkTarget, TargetNotAllowed } from './target-guard.ts';

/** Beyond the attempt's own timeout, before the dispatcher may assume the attempt died. */
const LEASE_MARGIN_MS = 30_000;

/**
 * One attempt of one delivery: claim it (only one caller wins), read the endpoint and
 * its secrets, check the target's addresses again (DNS may have changed), POST the
 * signed payload to the checked address, and record the outcome and the next due time.
 * Returns undefined when the delivery was not due (another attempt has it, or it is done).
 */
export async function attemptDelivery(ref: DeliveryRef): Promise<DeliveryRecord | undefined> {
  const delivery = await claimAttempt(ref, attemptTimeoutMs() + LEASE_MARGIN_MS);
  if (!delivery) return undefined;
  const { endpoint, secrets, orgGone } = await endpointWithSecrets(ref.orgId, ref.endpointId);
  if (!endpoint || !secrets)
    return finishAttempt(delivery, { ok: false, durationMs: 0, error: 'The endpoint was deleted.' });
  if (orgGone) {
    // nothing leaves for an org whose deletion is scheduled: the delivery ends failed with the
    // reason (after a restore, POST .../retry sends it); the endpoint's failing streak does not grow
    return finishAttempt(delivery, {
      ok: false,
      durationMs: 0,
      error: 'The organization is scheduled for deletion.',
    });
  }
  if (endpoint.status !== 'enabled') {
    return finishAttempt(delivery, { ok: false, durationMs: 0, error: 'The endpoint is disabled.' });
  }
  let result: SendResult;
  try {
    const target = await checkTarget(endpoint.url);
    const headers = signatureHeaders(activeSecrets(secrets), delivery.eventId, delivery.payload);
    result = await postWebhook(target, delivery.payload, headers, attemptTimeoutMs());
  } catch (error) {
    if (!(error instanceof TargetNotAllowed)) throw error;
    result = { ok: false, durationMs: 0, error: error.message };
  }
  const delay = result.ok || !delivery.retries ? undefined : retryDelayMs(delivery.attempt);
  const finished = await finishAttempt(delivery, {
    ...result,
    retryAt: delay === undefined ? undefined : new Date(Date.now() + delay).toISOString(),
  });
  if (delivery.retries) {
    if (result.ok) await endpointSucceeded(endpoint);
    else if (await endpointFailed(endpoint, disableAfterMs())) {
      logger.warn('webhook endpoint disabled after failing', {
        orgId: ref.orgId,
        endpointId: ref.endpointId,
      });
    }
  }
  logger.info('webhook attempt', {
    orgId: ref.orgId,
    endpointId: ref.endpointId,
    deliveryId: ref.deliveryId,
    attempt: finished.attempt,
    status: finished.status,
    responseStatus: result.responseStatus,
    error: result.error,
    durationMs: result.durationMs,
  });
  return finished;
}
