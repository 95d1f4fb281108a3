import { actorStillAllowed } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditBy } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, recordOf } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';
import { featuresOutside, type Plan } from './domain/plans.ts';
import { featuresInUse, noFeatureInUse } from './plan-features.ts';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state?: string;
  postalCode: string;
  country: string;
}

export interface BillingDetails {
  customerName: string;
  billingEmail: string;
  address: Address;
}

export interface PaymentMethodSummary {
  id: string;
  brand: string;
  last4: string;
}

export interface BillingRecord extends BillingDetails {
  orgId: string;
  customerId: string;
  paymentMethod?: PaymentMethodSummary;
  updatedAt: string;
}

export async function getBilling(orgId: string): Promise<BillingRecord | undefined> {
  const item = await getItem(keys.billing(orgId));
  return item && recordOf<BillingRecord>(item);
}

/** The org a Stripe customer belongs to (written when the customer is linked). */
export async function orgOfCustomer(customerId: string): Promise<string | undefined> {
  const item = await getItem(keys.stripeCustomer(customerId));
  return item?.orgId as string | undefined;
}

/**
 * The plan and its member limit change together, only if the active members fit:
 * a downgrade below the active count is refused by the condition, not by a read.
 */
export async function choosePlan(actor: MemberRecord, plan: Plan): Promise<void> {
  const now = nowIso();
  // every feature the new plan lacks must be unused, whatever plan the org is on now
  const dropped = featuresOutside(plan.id);
  const inUse = noFeatureInUse(dropped);
  await transactWrite([
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(actor.orgId),
          UpdateExpression:
            'SET planId = :plan, memberLimit = :limit, planSelectedAt = :now, updatedAt = :now, #version = #version + :one',
          ConditionExpression: `attribute_exists(PK) AND activeMemberCount <= :limit${inUse.expression ? ` AND ${inUse.expression}` : ''}`,
          ExpressionAttributeNames: { '#version': 'version', ...inUse.names },
          ExpressionAttributeValues: {
            ':plan': plan.id,
            ':limit': plan.memberLimit,
            ':now': now,
            ':one': 1,
            ...inUse.values,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) => {
        const used = featuresInUse(stored, dropped);
        if (used.length > 0)
          return new ApiError(
            'FEATURE_IN_USE',
            `The ${plan.name} plan does not include ${used.join(', ')}, still in use by the organization. Stop using it first.`,
          );
        return new ApiError(
          'MEMBER_LIMIT_REACHED',
          `The ${plan.name} plan allows ${plan.memberLimit} active members; the organization has more. Remove or block members first.`,
        );
      },
    },
    auditBy(actor, {
      action: 'billing.plan_changed',
      target: { type: 'plan', id: plan.id },
      details: { planId: plan.id, memberLimit: plan.memberLimit },
      at: now,
    }),
  ]);
}

/** Saves the details, links the Stripe customer to the org and completes the billing step. */
export async function saveBilling(actor: MemberRecord, details: BillingDetails, customerId: string) {
  const now = nowIso();
  await transactWrite([
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.billing(actor.orgId),
          UpdateExpression:
            'SET #type = :type, orgId = :org, customerName = :name, billingEmail = :email, address = :address, customerId = :customer, updatedAt = :now',
          // one customer per org for its whole life
          ConditionExpression: 'attribute_not_exists(customerId) OR customerId = :customer',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':type': 'billing',
            ':org': actor.orgId,
            ':name': details.customerName,
            ':email': details.billingEmail,
            ':address': details.address,
            ':customer': customerId,
            ':now': now,
          },
        },
      },
      onConditionFailed: () => new ApiError('CONFLICT', 'Billing details were saved concurrently. Retry.'),
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.stripeCustomer(customerId), type: 'stripeCustomer', orgId: actor.orgId },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: keys.org(actor.orgId),
        UpdateExpression:
          'SET billingDetailsAt = if_not_exists(billingDetailsAt, :now), updatedAt = :now, #version = #version + :one',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':now': now, ':one': 1 },
      },
    },
    auditBy(actor, {
      action: 'billing.details_updated',
      target: { type: 'billing', id: customerId },
      details: { customerName: details.customerName, country: details.address.country },
      at: now,
    }),
  ]);
}
