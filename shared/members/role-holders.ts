/**
 * Custom roles are counted where they are held: every transaction that gives a member or
 * a pending invitation a custom role, or takes it away, moves `roleHolders_<key>` and the
 * org's `custom_roles` use counter (billing/plan-features.ts) on the org item, in the same
 * transaction. A custom role is given only while it exists and the plan has the feature,
 * both as conditions of that one item; so a role with holders is never deleted (409
 * ROLE_IN_USE) and a plan without the feature is never chosen while one is held (409
 * FEATURE_IN_USE).
 */

import { planHasFeature, planIds } from '../billing/domain/plans.ts';
import { inUseAttribute } from '../billing/plan-features.ts';
import { tableName } from '../platform/dynamo/client.ts';
import type { StoredItem } from '../platform/dynamo/conditions.ts';
import { keys } from '../platform/dynamo/keys.ts';
import type { Conditioned, TransactItem, TransactStep } from '../platform/dynamo/transact.ts';
import { ApiError, notFound } from '../platform/errors.ts';
import { customRoleOf, holdersAttribute, roleAttribute } from './domain/custom-roles.ts';
import type { MemberRecord } from './domain/membership.ts';
import { isBuiltInRole, type RoleKey } from './domain/permissions.ts';

/** A part of one transaction's update of the org item: clauses, conditions and their meaning. */
export interface OrgPart {
  set: string[];
  conditions: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
  /** what a failed condition of this part means, from the stored org (undefined: not this part) */
  failed?: (stored: StoredItem) => Error | undefined;
}

const isOrgKey = (key: Record<string, unknown> | undefined, orgId: string) => {
  const org = keys.org(orgId);
  return key?.PK === org.PK && key?.SK === org.SK;
};

const conditionedOf = (step: TransactStep): Conditioned =>
  'onConditionFailed' in step
    ? step
    : {
        item: step,
        onConditionFailed: () => new ApiError('CONFLICT', 'The organization changed meanwhile. Retry.'),
      };

/**
 * Folds `part` into the transaction's one item on the org (an Update keeps its clauses and
 * conditions; a ConditionCheck becomes an Update with the same condition), or adds one:
 * DynamoDB allows one operation per item in a transaction.
 */
export function withOrgPart(steps: readonly TransactStep[], orgId: string, part: OrgPart): TransactStep[] {
  const empty = part.set.length === 0 && part.conditions.length === 0;
  if (empty) return [...steps];
  const index = steps.findIndex((step) => {
    const item = ('onConditionFailed' in step ? step.item : step) as TransactItem;
    return isOrgKey((item.Update ?? item.ConditionCheck)?.Key, orgId);
  });
  const partCondition = part.conditions.join(' AND ');
  if (index === -1) {
    const base = {
      TableName: tableName(),
      Key: keys.org(orgId),
      ...(partCondition ? { ConditionExpression: partCondition } : {}),
      ExpressionAttributeNames: part.names,
      ...(Object.keys(part.values).length > 0 ? { ExpressionAttributeValues: part.values } : {}),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    };
    const item: TransactItem =
      part.set.length > 0
        ? { Update: { ...base, UpdateExpression: `SET ${part.set.join(', ')}` } }
        : { ConditionCheck: { ...base, ConditionExpression: partCondition } };
    const unexpected = () => new ApiError('CONFLICT', 'The organization changed meanwhile. Retry.');
    return [...steps, { item, onConditionFailed: (stored) => part.failed?.(stored) ?? unexpected() }];
  }
  const original = conditionedOf(steps[index] as TransactStep);
  const item = original.item;
  const existing = (item.Update ?? item.ConditionCheck) as NonNullable<TransactItem['Update']>;
  const expression = item.Update?.UpdateExpression ?? '';
  const clauses = part.set.join(', ');
  const update = !clauses
    ? expression
    : expression.startsWith('SET ')
      ? `SET ${clauses}, ${expression.slice(4)}`
      : `SET ${clauses}${expression ? ` ${expression}` : ''}`;
  const condition = [existing.ConditionExpression, partCondition].filter(Boolean).map((c) => `(${c})`);
  const values = { ...existing.ExpressionAttributeValues, ...part.values };
  const merged = {
    TableName: existing.TableName,
    Key: existing.Key,
    ...(condition.length > 0 ? { ConditionExpression: condition.join(' AND ') } : {}),
    ExpressionAttributeNames: { ...existing.ExpressionAttributeNames, ...part.names },
    // DynamoDB refuses an empty map
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
  const mergedItem: TransactItem = update
    ? { Update: { ...merged, UpdateExpression: update } }
    : {
        ConditionCheck: {
          ...merged,
          ConditionExpression: merged.ConditionExpression ?? 'attribute_exists(PK)',
        },
      };
  const result = [...steps];
  result[index] = {
    item: mergedItem,
    onConditionFailed: (stored) => part.failed?.(stored) ?? original.onConditionFailed(stored),
  };
  return result;
}

const featurePlans = planIds.filter((plan) => planHasFeature(plan, 'custom_roles'));

export const roleGone = (role: string) =>
  new ApiError('VALIDATION_FAILED', `There is no role "${role}" in this organization.`, {
    errors: [{ path: 'role', message: `Unknown role "${role}".` }],
  });

const planLacksFeature = () =>
  new ApiError(
    'PLAN_FEATURE_UNAVAILABLE',
    "Custom roles (custom_roles) are not in the organization's plan. Choose a plan that includes them (GET /plans).",
  );

/**
 * The actor's own custom role has not changed since it was read (its permissions decided
 * the request): a condition on the org item. Built-in roles never change.
 */
export function actorRoleUnchanged(actor: Pick<MemberRecord, 'role'>, org: object): OrgPart {
  const role = customRoleOf(org, actor.role);
  if (isBuiltInRole(actor.role) || !role) return { set: [], conditions: [], names: {}, values: {} };
  return {
    set: [],
    conditions: ['#actorRole.updatedAt = :actorRoleUpdatedAt'],
    names: { '#actorRole': roleAttribute(actor.role) },
    values: { ':actorRoleUpdatedAt': role.updatedAt },
    failed: (stored) =>
      (stored?.[roleAttribute(actor.role)] as { updatedAt?: string } | undefined)?.updatedAt !==
      role.updatedAt
        ? new ApiError('CONFLICT', 'Your role changed meanwhile. Retry.')
        : undefined,
  };
}

/**
 * The security policy has not changed since it was read (the invitation's domain was
 * checked against it): a condition on the org item.
 */
export function policyUnchanged(org: object): OrgPart {
  const stored = (org as { securityPolicy?: { updatedAt?: string } }).securityPolicy;
  const changed = (found: StoredItem) =>
    (found?.securityPolicy as { updatedAt?: string } | undefined)?.updatedAt !== stored?.updatedAt
      ? new ApiError('CONFLICT', 'The security policy changed meanwhile. Retry.')
      : undefined;
  if (!stored?.updatedAt) {
    return {
      set: [],
      conditions: ['attribute_not_exists(#policy)'],
      names: { '#policy': 'securityPolicy' },
      values: {},
      failed: changed,
    };
  }
  return {
    set: [],
    conditions: ['#policy.updatedAt = :policyUpdatedAt'],
    names: { '#policy': 'securityPolicy' },
    values: { ':policyUpdatedAt': stored.updatedAt },
    failed: changed,
  };
}

/** A holder moves from `from` to `to` (undefined: none), counted on the org item. */
export function roleHolderChange(from: RoleKey | undefined, to: RoleKey | undefined): OrgPart {
  const fromCustom = from !== undefined && !isBuiltInRole(from) && from !== to;
  const toCustom = to !== undefined && !isBuiltInRole(to) && from !== to;
  const part: OrgPart = { set: [], conditions: [], names: {}, values: {} };
  if (!fromCustom && !toCustom) return part;
  part.values[':holderOne'] = 1;
  if (toCustom) {
    part.set.push('#toHolders = if_not_exists(#toHolders, :holderZero) + :holderOne');
    part.names['#toHolders'] = holdersAttribute(to);
    part.names['#toRole'] = roleAttribute(to);
    part.values[':holderZero'] = 0;
    const plans = featurePlans.map((_, index) => `:featurePlan${index}`);
    featurePlans.forEach((plan, index) => {
      part.values[`:featurePlan${index}`] = plan;
    });
    part.names['#planId'] = 'planId';
    part.conditions.push(`attribute_exists(#toRole) AND #planId IN (${plans.join(', ')})`);
    part.failed = (stored) => {
      if (!stored) return notFound('Organization');
      if (!stored[roleAttribute(to)]) return roleGone(to);
      if (!planHasFeature(stored.planId as string | undefined, 'custom_roles')) return planLacksFeature();
      return undefined;
    };
  }
  if (fromCustom) {
    part.set.push('#fromHolders = #fromHolders - :holderOne');
    part.names['#fromHolders'] = holdersAttribute(from);
  }
  const delta = (toCustom ? 1 : 0) - (fromCustom ? 1 : 0);
  if (delta !== 0) {
    part.set.push('#customRolesUse = if_not_exists(#customRolesUse, :useZero) + :useDelta');
    part.names['#customRolesUse'] = inUseAttribute('custom_roles');
    part.values[':useZero'] = 0;
    part.values[':useDelta'] = delta;
  }
  return part;
}

/** Several parts of the same org update as one. */
export function joinParts(...parts: OrgPart[]): OrgPart {
  return {
    set: parts.flatMap((part) => part.set),
    conditions: parts.flatMap((part) => part.conditions),
    names: Object.assign({}, ...parts.map((part) => part.names)),
    values: Object.assign({}, ...parts.map((part) => part.values)),
    failed: (stored) => {
      for (const part of parts) {
        const error = part.failed?.(stored);
        if (error) return error;
      }
      return undefined;
    },
  };
}
