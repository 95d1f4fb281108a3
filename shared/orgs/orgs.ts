import { DEFAULT_PLAN, planById } from '../billing/domain/plans.ts';
import { actorStillAllowed, memberItem } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { newId } from '../platform/domain/ids.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { type Conditioned, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';
import { workspaceItems } from '../workspaces/workspaces.ts';
import { auditPut } from './audit.ts';
import { type Branding, emptyBranding, type OrgRecord } from './domain/org.ts';
import { orgLimitTaken } from './org-limit.ts';

export async function getOrg(orgId: string): Promise<OrgRecord | undefined> {
  const item = await getItem(keys.org(orgId));
  return item ? (withoutKeys(item) as unknown as OrgRecord) : undefined;
}

export interface NewOrg {
  name: string;
  timeZone: string;
  owner: { userId: string; email: string | null; name: string | null };
}

/**
 * One transaction: the creator's organization limit (one by default), the org, the owner's membership,
 * the default workspace, the owner's default org (if unset) and the audit entry.
 */
export async function createOrg(input: NewOrg, append: (org: OrgRecord) => Conditioned[] = () => []) {
  const now = nowIso();
  const orgId = newId('org');
  const plan = planById(DEFAULT_PLAN);
  const workspace = { id: newId('ws'), name: 'Default', createdBy: input.owner.userId, createdAt: now };
  const org: OrgRecord = {
    id: orgId,
    name: input.name,
    timeZone: input.timeZone,
    branding: emptyBranding,
    mode: 'sandbox',
    planId: plan.id,
    memberLimit: plan.memberLimit,
    activeMemberCount: 1,
    ownerId: input.owner.userId,
    createdBy: input.owner.userId,
    defaultWorkspaceId: workspace.id,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const owner: MemberRecord = {
    orgId,
    userId: input.owner.userId,
    email: input.owner.email,
    name: input.owner.name,
    role: 'owner',
    status: 'active',
    joinedAt: now,
    updatedAt: now,
  };
  await transactWrite([
    // first: a raced twin with the same Idempotency-Key also holds the ownership guard below
    ...append(org),
    orgLimitTaken(input.owner.userId, orgId, now),
    { Put: { TableName: tableName(), Item: { ...keys.org(orgId), type: 'org', ...org } } },
    { Put: { TableName: tableName(), Item: memberItem(owner) } },
    ...workspaceItems.create(orgId, { ...workspace, isDefault: true }),
    {
      Update: {
        TableName: tableName(),
        Key: keys.user(input.owner.userId),
        UpdateExpression: 'SET defaultOrgId = if_not_exists(defaultOrgId, :org)',
        ExpressionAttributeValues: { ':org': orgId },
      },
    },
    auditPut({
      orgId,
      actorId: input.owner.userId,
      action: 'org.created',
      target: { type: 'org', id: orgId },
      details: { name: input.name, timeZone: input.timeZone },
      at: now,
    }),
  ]);
  return org;
}

export interface OrgChanges {
  name?: string;
  timeZone?: string;
  branding?: Partial<Branding>;
}

/**
 * Applies the changes if the org is still at `expectedVersion` (a DynamoDB
 * condition, not a comparison in code) and the actor still holds their role.
 */
export async function updateOrg(
  actor: MemberRecord,
  org: OrgRecord,
  changes: OrgChanges,
  expectedVersion: number,
): Promise<OrgRecord> {
  const now = nowIso();
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':expected': expectedVersion, ':one': 1, ':now': now };
  const sets = [
    '#version = #version + :one',
    'updatedAt = :now',
    'settingsConfirmedAt = if_not_exists(settingsConfirmedAt, :now)',
  ];
  if (changes.name !== undefined) {
    names['#name'] = 'name';
    values[':name'] = changes.name;
    sets.push('#name = :name');
  }
  if (changes.timeZone !== undefined) {
    names['#timeZone'] = 'timeZone';
    values[':timeZone'] = changes.timeZone;
    sets.push('#timeZone = :timeZone');
  }
  for (const [field, value] of Object.entries(changes.branding ?? {})) {
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    sets.push(`branding.#${field} = :${field}`);
  }
  await transactWrite([
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(org.id),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: () =>
        new ApiError(
          'PRECONDITION_FAILED',
          'The organization changed since you read it. Fetch it and retry.',
        ),
    },
    auditPut({
      orgId: org.id,
      actorId: actor.userId,
      action: 'org.settings_changed',
      target: { type: 'org', id: org.id },
      details: { changes },
      at: now,
    }),
  ]);
  return {
    ...org,
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.timeZone !== undefined ? { timeZone: changes.timeZone } : {}),
    branding: { ...emptyBranding, ...org.branding, ...changes.branding },
    settingsConfirmedAt: org.settingsConfirmedAt ?? now,
    version: expectedVersion + 1,
    updatedAt: now,
  };
}
