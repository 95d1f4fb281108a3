import { auditPut } from '../orgs/audit.ts';
import { newId } from '../platform/domain/ids.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { noteActivity } from './activity.ts';
import type { Filter } from './domain/filter.ts';
import {
  displayNameLookup,
  groupInputOf,
  groupNameKey,
  matchesGroup,
  type ScimGroupInput,
  type ScimGroupRecord,
} from './domain/group.ts';
import { invalidValue, ScimError, scimNotFound } from './errors.ts';
import { applyGroupRoles, groupsOf } from './group-roles.ts';
import type { ScimPrincipal } from './tokens.ts';

const groupNotFound = () => scimNotFound('Group');
const nameTaken = () => new ScimError(409, 'A group with this displayName already exists.', 'uniqueness');
const staleVersion = () => new ScimError(412, 'The group changed since that version. Fetch it and retry.');
const changedMeanwhile = () =>
  new ScimError(409, 'CONFLICT: the group changed meanwhile. Fetch it and retry.');

const groupItem = (record: ScimGroupRecord) => ({
  ...keys.scimGroup(record.orgId, record.id),
  type: 'scimGroup',
  ...record,
});

const nameEntry = (record: ScimGroupRecord): TransactStep => ({
  item: {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.scimGroupName(record.orgId, groupNameKey(record.displayName)),
        type: 'scimGroupName',
        groupId: record.id,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  },
  onConditionFailed: nameTaken,
});

const nameEntryRemoved = (record: ScimGroupRecord): TransactStep => ({
  Delete: {
    TableName: tableName(),
    Key: keys.scimGroupName(record.orgId, groupNameKey(record.displayName)),
    ConditionExpression: 'groupId = :id',
    ExpressionAttributeValues: { ':id': record.id },
  },
});

const audit = (principal: ScimPrincipal, action: string, record: ScimGroupRecord, details = {}) =>
  auditPut({
    orgId: principal.orgId,
    actorId: principal.tokenId,
    action,
    target: { type: 'scimGroup', id: record.id },
    details: { displayName: record.displayName, ...details },
    at: record.lastModified,
  });

/** Members must be users of this org (their ids are what `POST /Users` answered). */
async function assertUsersExist(orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = new Set(
    (await batchGetAll(ids.map((id) => keys.scimUser(orgId, id)))).map((item) => item.id as string),
  );
  const unknown = ids.find((id) => !found.has(id));
  if (unknown !== undefined) throw invalidValue(`members: no user with the id "${unknown}".`);
}

export async function createScimGroup(principal: ScimPrincipal, input: ScimGroupInput) {
  const { orgId } = principal;
  await assertUsersExist(orgId, input.members);
  const now = nowIso();
  const record: ScimGroupRecord = {
    id: newId('scimgrp'),
    orgId,
    ...input,
    writtenBy: principal.tokenId,
    version: 1,
    created: now,
    lastModified: now,
  };
  await transactWrite([
    nameEntry(record),
    {
      Put: {
        TableName: tableName(),
        Item: groupItem(record),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    audit(principal, 'scim.group_created', record, { members: record.members.length }),
  ]);
  await noteActivity(principal, 'scim.group_created');
  await applyGroupRoles(orgId, principal.tokenId, record.members, principal.tokenId);
  return record;
}

export async function getScimGroup(principal: ScimPrincipal, id: string): Promise<ScimGroupRecord> {
  const [found] = await batchGetAll([keys.scimGroup(principal.orgId, id)], { consistentRead: true });
  if (!found) throw groupNotFound();
  return withoutKeys(found) as unknown as ScimGroupRecord;
}

/** `displayName eq "…"` reads the name entry and the group; any other filter reads the org's groups. */
export async function listScimGroups(
  principal: ScimPrincipal,
  filter: Filter | undefined,
  startIndex: number,
  count: number,
) {
  const { orgId } = principal;
  const name = filter ? displayNameLookup(filter) : undefined;
  let groups: ScimGroupRecord[];
  if (name !== undefined) {
    const [entry] = await batchGetAll([keys.scimGroupName(orgId, groupNameKey(name))], {
      consistentRead: true,
    });
    groups = entry
      ? (await batchGetAll([keys.scimGroup(orgId, entry.groupId as string)], { consistentRead: true })).map(
          (item) => withoutKeys(item) as unknown as ScimGroupRecord,
        )
      : [];
  } else {
    groups = await groupsOf(orgId);
    if (filter) groups = groups.filter((group) => matchesGroup(filter, group));
  }
  groups.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  return {
    totalResults: groups.length,
    startIndex,
    groups: groups.slice(startIndex - 1, startIndex - 1 + count),
  };
}

/**
 * Replaces the group with `change(current)` (PUT and PATCH) from the version read; a new
 * displayName moves its name entry. Then the members it gained or lost, or all of them when
 * the name changed, get the role their groups give now.
 */
export async function changeScimGroup(
  principal: ScimPrincipal,
  id: string,
  ifMatchVersion: number | undefined,
  change: (current: ScimGroupInput) => ScimGroupInput,
): Promise<ScimGroupRecord> {
  const record = await getScimGroup(principal, id);
  if (ifMatchVersion !== undefined && ifMatchVersion !== record.version) throw staleVersion();
  const next = change(groupInputOf(record));
  const added = next.members.filter((member) => !record.members.includes(member));
  const removed = record.members.filter((member) => !next.members.includes(member));
  await assertUsersExist(principal.orgId, added);
  const updated: ScimGroupRecord = {
    ...record,
    ...next,
    writtenBy: principal.tokenId,
    version: record.version + 1,
    lastModified: nowIso(),
  };
  const renamed = groupNameKey(next.displayName) !== groupNameKey(record.displayName);
  const steps: TransactStep[] = [
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: groupItem(updated),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': record.version },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) =>
        !stored ? groupNotFound() : ifMatchVersion !== undefined ? staleVersion() : changedMeanwhile(),
    },
    ...(renamed ? [nameEntryRemoved(record), nameEntry(updated)] : []),
    audit(principal, 'scim.group_updated', updated, {
      added: added.length,
      removed: removed.length,
      ...(renamed ? { from: record.displayName } : {}),
    }),
  ];
  await transactWrite(steps);
  await noteActivity(principal, 'scim.group_updated');
  await applyGroupRoles(
    principal.orgId,
    principal.tokenId,
    renamed ? [...new Set([...record.members, ...next.members])] : [...added, ...removed],
    principal.tokenId,
  );
  return updated;
}

/** Removes the group; its members then get the role their other groups give. */
export async function deleteScimGroup(
  principal: ScimPrincipal,
  id: string,
  ifMatchVersion: number | undefined,
) {
  const record = await getScimGroup(principal, id);
  if (ifMatchVersion !== undefined && ifMatchVersion !== record.version) throw staleVersion();
  await transactWrite([
    {
      item: {
        Delete: {
          TableName: tableName(),
          Key: keys.scimGroup(principal.orgId, id),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': record.version },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) =>
        !stored ? groupNotFound() : ifMatchVersion !== undefined ? staleVersion() : changedMeanwhile(),
    },
    nameEntryRemoved(record),
    audit(principal, 'scim.group_deleted', { ...record, lastModified: nowIso() }),
  ]);
  await noteActivity(principal, 'scim.group_deleted');
  await applyGroupRoles(principal.orgId, principal.tokenId, record.members, principal.tokenId);
}
