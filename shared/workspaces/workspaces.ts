import { actorStillAllowed } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditBy } from '../orgs/audit.ts';
import { env } from '../platform/config/env.ts';
import { nameKey } from '../platform/domain/display-name.ts';
import { newId } from '../platform/domain/ids.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { countedUpTo } from '../platform/dynamo/counters.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import { type Conditioned, type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, notFound } from '../platform/errors.ts';

export interface WorkspaceRecord {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  isDefault?: boolean;
  updatedAt?: string;
}

// Names are unique per org by `nameKey` (NFKC, case folded, invisibles removed): a guard item per key.

const nameTaken = () => new ApiError('CONFLICT', 'A workspace with this name already exists.');

/** Workspaces per org, the default one included (`WORKSPACE_LIMIT` overrides it, e.g. for tests). */
export const workspaceLimit = () => env().WORKSPACE_LIMIT;

/**
 * The org's workspace counter, one up while below the limit: concurrent creations can
 * never pass it together. An org starts at 1, its default workspace.
 */
const countedIn = (orgId: string): Conditioned => {
  const limit = workspaceLimit();
  return countedUpTo(keys.workspaceCount(orgId), limit, {
    absentAs: 1,
    onFull: () =>
      new ApiError(
        'WORKSPACE_LIMIT_REACHED',
        `An organization can have at most ${limit} workspaces. Delete one to make room.`,
      ),
  });
};

const countedOut = (orgId: string): TransactStep => ({
  Update: {
    TableName: tableName(),
    Key: keys.workspaceCount(orgId),
    UpdateExpression: 'SET #count = if_not_exists(#count, :two) - :one',
    ExpressionAttributeNames: { '#count': 'count' },
    ExpressionAttributeValues: { ':one': 1, ':two': 2 },
  },
});

/** The guard that reserves a name; its condition fails when another workspace holds it. */
const nameReserved = (orgId: string, name: string, workspaceId: string): Conditioned => ({
  item: {
    Put: {
      TableName: tableName(),
      Item: { ...keys.workspaceName(orgId, nameKey(name)), type: 'workspaceName', workspaceId },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  },
  onConditionFailed: nameTaken,
});

export const workspaceItems = {
  create: (orgId: string, workspace: WorkspaceRecord): TransactStep[] => [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.workspace(orgId, workspace.id), type: 'workspace', orgId, ...workspace },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    nameReserved(orgId, workspace.name, workspace.id),
  ],
};

export const toWorkspaceResponse = (workspace: WorkspaceRecord) => ({
  id: workspace.id,
  name: workspace.name,
  createdBy: workspace.createdBy,
  createdAt: workspace.createdAt,
  isDefault: workspace.isDefault === true,
});

export async function getWorkspace(orgId: string, workspaceId: string): Promise<WorkspaceRecord> {
  const item = await getItem(keys.workspace(orgId, workspaceId));
  if (!item) throw notFound('Workspace');
  const { type: _type, orgId: _org, ...workspace } = withoutKeys(item);
  return workspace as unknown as WorkspaceRecord;
}

export async function listWorkspaces(orgId: string, options: { limit: number; cursor?: string }) {
  return queryPage(
    { key: inOrg(orgId, prefixes.workspace), limit: options.limit },
    { scope: `workspaces:${orgId}`, cursor: options.cursor },
    (item) => withoutKeys(item) as unknown as WorkspaceRecord,
  );
}

export async function createWorkspace(
  actor: MemberRecord,
  name: string,
  append: (workspace: WorkspaceRecord) => Conditioned[] = () => [],
): Promise<WorkspaceRecord> {
  const workspace: WorkspaceRecord = { id: newId('ws'), name, createdBy: actor.userId, createdAt: nowIso() };
  await transactWrite([
    ...append(workspace),
    actorStillAllowed(actor),
    countedIn(actor.orgId),
    ...workspaceItems.create(actor.orgId, workspace),
    auditBy(actor, {
      action: 'workspace.created',
      target: { type: 'workspace', id: workspace.id },
      details: { name },
      at: workspace.createdAt,
    }),
  ]);
  return workspace;
}

export async function renameWorkspace(actor: MemberRecord, workspaceId: string, name: string) {
  const current = await getWorkspace(actor.orgId, workspaceId);
  if (current.name === name) return current;
  const now = nowIso();
  const sameName = nameKey(current.name) === nameKey(name);
  await transactWrite([
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.workspace(actor.orgId, workspaceId),
          UpdateExpression: 'SET #name = :name, updatedAt = :now',
          ConditionExpression: '#name = :old',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':name': name, ':old': current.name, ':now': now },
        },
      },
      onConditionFailed: () => new ApiError('CONFLICT', 'The workspace changed while renaming it. Retry.'),
    },
    ...(sameName
      ? []
      : [
          nameReserved(actor.orgId, name, workspaceId),
          { Delete: { TableName: tableName(), Key: keys.workspaceName(actor.orgId, nameKey(current.name)) } },
        ]),
    auditBy(actor, {
      action: 'workspace.renamed',
      target: { type: 'workspace', id: workspaceId },
      details: { from: current.name, to: name },
      at: now,
    }),
  ]);
  return { ...current, name, updatedAt: now };
}

export async function deleteWorkspace(actor: MemberRecord, workspaceId: string) {
  const current = await getWorkspace(actor.orgId, workspaceId);
  if (current.isDefault) throw new ApiError('CONFLICT', 'The default workspace cannot be deleted.');
  await transactWrite([
    actorStillAllowed(actor),
    {
      item: {
        Delete: {
          TableName: tableName(),
          Key: keys.workspace(actor.orgId, workspaceId),
          // the name read above is the one whose guard is freed: a concurrent rename fails this
          ConditionExpression:
            'attribute_exists(PK) AND #name = :name AND (attribute_not_exists(isDefault) OR isDefault = :false)',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':false': false, ':name': current.name },
        },
      },
      onConditionFailed: () => notFound('Workspace'),
    },
    { Delete: { TableName: tableName(), Key: keys.workspaceName(actor.orgId, nameKey(current.name)) } },
    countedOut(actor.orgId),
    auditBy(actor, {
      action: 'workspace.deleted',
      target: { type: 'workspace', id: workspaceId },
      details: { name: current.name },
    }),
  ]);
}
