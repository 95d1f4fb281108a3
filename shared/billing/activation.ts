import { auditPut } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { answer, transactWrite } from '../platform/dynamo/transact.ts';
import { logger } from '../platform/logger.ts';
import { DEFAULT_PLAN, type PlanId } from './domain/plans.ts';
import { ensureSubscription } from './subscriptions.ts';

/**
 * Moves the org to production once plan, settings, billing details and a
 * confirmed payment method are all recorded. Called after each of those facts
 * is written, so whichever arrives last activates; the condition makes it happen once.
 */
export async function tryActivate(orgId: string, actorId: string): Promise<boolean> {
  const now = nowIso();
  const activated = await transactWrite<false>([
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(orgId),
          UpdateExpression:
            'SET #mode = :production, activatedAt = :now, updatedAt = :now, #version = #version + :one',
          ConditionExpression:
            '#mode = :sandbox AND attribute_exists(planSelectedAt) AND attribute_exists(settingsConfirmedAt) AND attribute_exists(billingDetailsAt) AND attribute_exists(paymentMethodAt)',
          ExpressionAttributeNames: { '#mode': 'mode', '#version': 'version' },
          ExpressionAttributeValues: {
            ':production': 'production',
            ':sandbox': 'sandbox',
            ':now': now,
            ':one': 1,
          },
        },
      },
      // already active, or a step still missing: not (yet) this call's to activate
      onConditionFailed: () => answer(false),
    },
    auditPut({ orgId, actorId, action: 'org.activated', target: { type: 'org', id: orgId }, at: now }),
  ]);
  if (activated.committed) await subscribeActivated(orgId, actorId);
  return activated.committed;
}

/**
 * The activation committed: the org's subscription is created now (its first invoice charged).
 * A Stripe failure here does not undo the activation; the next confirmed card (setup_intent.succeeded,
 * also when redelivered) creates it, as the idempotency key makes any retry safe.
 */
async function subscribeActivated(orgId: string, actorId: string): Promise<void> {
  try {
    const org = await getItem(keys.org(orgId));
    await ensureSubscription(orgId, (org?.planId as PlanId | undefined) ?? DEFAULT_PLAN, actorId);
  } catch (error) {
    logger.error('subscription not created at activation', { orgId, error });
  }
}
