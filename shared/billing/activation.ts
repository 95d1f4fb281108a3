import { auditPut } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { answer, transactWrite } from '../platform/dynamo/transact.ts';

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
  return activated.committed;
}
