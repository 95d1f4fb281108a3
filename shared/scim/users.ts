import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { table } from '../../infra/table.ts';
import { inviteDomainAllowed } from '../access/domain/security-policy.ts';
import { findUsersByEmail } from '../me/users.ts';
import { orgStillLive } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { seatFreed, seatTaken } from '../members/members.ts';
import { auditPut } from '../orgs/audit.ts';
import { newId } from '../platform/domain/ids.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryAll, queryFrom } from '../platform/dynamo/query.ts';
import { type Conditioned, type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';
import { logger } from '../platform/logger.ts';
import { noteActivity } from './activity.ts';
import { type Filter, UnsupportedFilter } from './domain/filter.ts';
import {
  inputOf,
  type Lookup,
  lookupsOf,
  matches,
  type ScimUserInput,
  type ScimUserRecord,
} from './domain/user.ts';
import { invalidFilter, ScimError, scimNotFound } from './errors.ts';
import { pendingAdded, pendingRemoved } from './pending-provisioning.ts';
import type { ScimPrincipal } from './tokens.ts';

/** A user as answered: the SCIM item and, once bound, whether the member is active now. */
export interface ScimUserView {
  record: ScimUserRecord;
  active: boolean;
}

const userNotFound = () => scimNotFound('User');
const ownerUntouchable = () =>
  new ScimError(
    409,
    'OWNER_REQUIRED: the organization’s owner can be neither deactivated nor removed through SCIM.',
  );
const taken = () => new ScimError(409, 'A user with this userName already exists.', 'uniqueness');

/** The SCIM item with its index entries (userName on GSI1, externalId on GSI2). */
const scimUserItem = (record: ScimUserRecord) => ({
  ...keys.scimUser(record.orgId, record.id),
  ...keys.scimUserByName(record.orgId, record.userName),
  ...(record.externalId ? keys.scimUserByExternalId(record.orgId, record.externalId) : {}),
  type: 'scimUser',
  ...record,
});

/** The roster entry of an unbound provisioned user: listed `invited` beside pending invitations. */
const rosterEntry = (record: ScimUserRecord) => ({
  ...keys.inviteeGuard(record.orgId, record.userName),
  type: 'invitee',
  provisioned: true,
  scimUserId: record.id,
  email: record.userName,
  role: 'member',
  invitedAt: record.created,
});

const audit = (
  principal: ScimPrincipal,
  action: string,
  record: ScimUserRecord,
  details: Record<string, unknown> = {},
) =>
  auditPut({
    orgId: principal.orgId,
    actorId: principal.tokenId,
    action,
    target: { type: 'scimUser', id: record.id },
    details: { userName: record.userName, ...(record.userId ? { userId: record.userId } : {}), ...details },
    at: record.lastModified,
  });

/** The member a user is bound to, by its status now (a console change shows at once). */
const activeOfMember = (member: MemberRecord | undefined) => member?.status === 'active';

/** The member of this org signed in with this email, if any (to bind a user to an existing member). */
async function existingMember(orgId: string, email: string): Promise<MemberRecord | undefined> {
  const users = await findUsersByEmail(email);
  if (users.length === 0) return undefined;
  const members = await batchGetAll(
    users.map((user) => keys.member(orgId, user.id)),
    { consistentRead: true },
  );
  const found = members[0];
  return found ? (withoutKeys(found) as unknown as MemberRecord) : undefined;
}

/** The member's status moves with `active`, only from the status read and never the owner's. */
function memberStatusChange(member: MemberRecord, active: boolean, now: string): TransactStep[] {
  const to = active ? 'active' : 'blocked';
  return [
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.member(member.orgId, member.userId),
          UpdateExpression: 'SET #status = :to, updatedAt = :now',
          ConditionExpression: '#status = :from AND #role <> :owner',
          ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
          ExpressionAttributeValues: { ':to': to, ':from': member.status, ':owner': 'owner', ':now': now },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) =>
        !stored ? userNotFound() : stored.role === 'owner' ? ownerUntouchable() : changedMeanwhile(),
    },
    active ? seatTaken(member.orgId) : seatFreed(member.orgId),
  ];
}

const changedMeanwhile = () =>
  new ScimError(409, 'CONFLICT: the user changed meanwhile. Fetch it and retry.');
const staleVersion = () => new ScimError(412, 'The user changed since that version. Fetch it and retry.');

const seatError = (error: unknown) => {
  if (error instanceof ApiError && error.code === 'MEMBER_LIMIT_REACHED')
    return new ScimError(409, `MEMBER_LIMIT_REACHED: ${error.detail}`);
  if (error instanceof ApiError && error.code === 'NOT_FOUND')
    return new ScimError(404, 'Organization not found.');
  return error;
};

async function write(steps: TransactStep[]) {
  try {
    await transactWrite(steps);
  } catch (error) {
    throw seatError(error);
  }
}

/**
 * Provisions a user: the SCIM item and its userName guard; then either bound to the member
 * already signed in with that email, or listed `invited` (a roster entry) holding a seat while
 * active. One transaction: a taken userName, a pending invitation or a full plan creates nothing.
 */
export async function createScimUser(principal: ScimPrincipal, input: ScimUserInput): Promise<ScimUserView> {
  const { orgId } = principal;
  // the security policy binds provisioning as it binds invitations (checked before any read)
  if (!inviteDomainAllowed(principal, input.userName)) {
    throw new ScimError(
      403,
      "EMAIL_DOMAIN_NOT_ALLOWED: the organization's security policy allows only its own email domains.",
    );
  }
  const member = await existingMember(orgId, input.userName);
  const now = nowIso();
  const record: ScimUserRecord = {
    id: newId('scimusr'),
    orgId,
    ...input,
    ...(member ? { userId: member.userId } : {}),
    seat: !member && input.active,
    version: 1,
    created: now,
    lastModified: now,
  };
  const steps: TransactStep[] = [
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.scimUserName(orgId, input.userName), type: 'scimUserName', scimUserId: record.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: taken,
    },
    {
      Put: {
        TableName: tableName(),
        Item: scimUserItem(record),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  ];
  if (member) {
    if (member.role === 'owner' && !input.active) throw ownerUntouchable();
    if (activeOfMember(member) !== input.active) steps.push(...memberStatusChange(member, input.active, now));
    else steps.push(orgStillLive(orgId));
  } else {
    steps.push({
      item: {
        Put: {
          TableName: tableName(),
          Item: rosterEntry(record),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () =>
        new ScimError(
          409,
          'INVITATION_PENDING: an invitation to this email is pending; revoke it first.',
          'uniqueness',
        ),
    });
    steps.push(pendingAdded(input.userName, { orgId, scimUserId: record.id }));
    steps.push(input.active ? seatTaken(orgId) : orgStillLive(orgId));
  }
  steps.push(audit(principal, 'scim.user_created', record, { bound: Boolean(member), active: input.active }));
  await write(steps);
  await noteActivity(principal, 'scim.user_created');
  if (!member && input.active) await markEmailDue(orgId, record.id, now);
  return { record, active: member ? input.active : record.active };
}

/**
 * Tells the person once that they were provisioned: `emailedAt` set by an update (the
 * notifier's stream filter takes SCIM user updates, not inserts), only while the user is
 * active, unbound and never told. The version stays: the ETag just answered holds. Should
 * this fail, the next PUT or PATCH of the still-active user sets it (changeScimUser).
 */
async function markEmailDue(orgId: string, id: string, now: string) {
  try {
    await ifConditionHolds(
      db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.scimUser(orgId, id),
          UpdateExpression: 'SET emailedAt = :now',
          ConditionExpression:
            'attribute_exists(PK) AND attribute_not_exists(emailedAt) AND attribute_not_exists(userId) AND active = :true',
          ExpressionAttributeValues: { ':now': now, ':true': true },
        }),
      ),
    );
  } catch (error) {
    logger.warn('the provisioning email was not scheduled', { orgId, scimUserId: id, error });
  }
}

async function readUser(
  orgId: string,
  id: string,
): Promise<{ record: ScimUserRecord; member?: MemberRecord }> {
  const items = await batchGetAll([keys.scimUser(orgId, id)], { consistentRead: true });
  const found = items[0];
  if (!found) throw userNotFound();
  const record = withoutKeys(found) as unknown as ScimUserRecord;
  if (!record.userId) return { record };
  const [memberItem] = await batchGetAll([keys.member(orgId, record.userId)], { consistentRead: true });
  return { record, member: memberItem ? (withoutKeys(memberItem) as unknown as MemberRecord) : undefined };
}

const viewOf = (record: ScimUserRecord, member: MemberRecord | undefined): ScimUserView => ({
  record,
  active: record.userId ? activeOfMember(member) : record.active,
});

export async function getScimUser(principal: ScimPrincipal, id: string): Promise<ScimUserView> {
  const { record, member } = await readUser(principal.orgId, id);
  return viewOf(record, member);
}

/** The SCIM item replaced from the version read (or the one `If-Match` named). */
function scimItemReplaced(record: ScimUserRecord, expected: number, ifMatch: boolean): Conditioned {
  return {
    item: {
      Put: {
        TableName: tableName(),
        Item: scimUserItem(record),
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': expected },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (stored) => (!stored ? userNotFound() : ifMatch ? staleVersion() : changedMeanwhile()),
  };
}

/**
 * Replaces the user's attributes with `change(current)` (PUT and PATCH): the SCIM item from
 * the version read, and when `active` changes the member's status or the held seat with it.
 * A bound owner cannot be deactivated (409); userName cannot change (400 mutability).
 */
export async function changeScimUser(
  principal: ScimPrincipal,
  id: string,
  ifMatchVersion: number | undefined,
  change: (current: ScimUserInput) => ScimUserInput,
): Promise<ScimUserView> {
  const { record, member } = await readUser(principal.orgId, id);
  if (ifMatchVersion !== undefined && ifMatchVersion !== record.version) throw staleVersion();
  const current = { ...inputOf(record), active: viewOf(record, member).active };
  const next = change(current);
  if (next.userName !== record.userName)
    throw new ScimError(
      400,
      'userName (the email) cannot change; deprovision and provision the new email.',
      'mutability',
    );
  const now = nowIso();
  const updated: ScimUserRecord = {
    ...record,
    ...next,
    seat: record.userId ? false : next.active,
    // provisioned inactive and activated before signing in: told now, once
    ...(!record.userId && next.active && !record.emailedAt ? { emailedAt: now } : {}),
    version: record.version + 1,
    lastModified: now,
  };
  const steps: TransactStep[] = [scimItemReplaced(updated, record.version, ifMatchVersion !== undefined)];
  if (next.active !== current.active) {
    if (record.userId) {
      if (!member) throw userNotFound();
      if (member.role === 'owner') throw ownerUntouchable();
      steps.push(...memberStatusChange(member, next.active, now));
    } else steps.push(next.active ? seatTaken(principal.orgId) : seatFreed(principal.orgId));
  }
  const action =
    next.active === current.active
      ? 'scim.user_updated'
      : next.active
        ? 'scim.user_reactivated'
        : 'scim.user_deactivated';
  steps.push(audit(principal, action, updated));
  await write(steps);
  await noteActivity(principal, action);
  return { record: updated, active: next.active };
}

/** Removes the user and what it stands for: the roster entry or the membership, and its seat. */
export async function deleteScimUser(
  principal: ScimPrincipal,
  id: string,
  ifMatchVersion: number | undefined,
) {
  const { orgId } = principal;
  const { record, member } = await readUser(orgId, id);
  if (ifMatchVersion !== undefined && ifMatchVersion !== record.version) throw staleVersion();
  if (member?.role === 'owner') throw ownerUntouchable();
  const now = nowIso();
  const steps: TransactStep[] = [
    {
      item: {
        Delete: {
          TableName: tableName(),
          Key: keys.scimUser(orgId, id),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': record.version },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) =>
        !stored ? userNotFound() : ifMatchVersion !== undefined ? staleVersion() : changedMeanwhile(),
    },
    { Delete: { TableName: tableName(), Key: keys.scimUserName(orgId, record.userName) } },
  ];
  if (record.userId) {
    if (member) {
      steps.push({
        item: {
          Delete: {
            TableName: tableName(),
            Key: keys.member(orgId, member.userId),
            ConditionExpression: '#status = :status AND #role <> :owner',
            ExpressionAttributeNames: { '#status': 'status', '#role': 'role' },
            ExpressionAttributeValues: { ':status': member.status, ':owner': 'owner' },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        onConditionFailed: (stored) => (stored?.role === 'owner' ? ownerUntouchable() : changedMeanwhile()),
      });
      if (member.status === 'active') steps.push(seatFreed(orgId));
    }
  } else {
    steps.push({
      Delete: {
        TableName: tableName(),
        Key: keys.inviteeGuard(orgId, record.userName),
        ConditionExpression: 'attribute_not_exists(PK) OR scimUserId = :id',
        ExpressionAttributeValues: { ':id': record.id },
      },
    });
    steps.push(pendingRemoved(record.userName, { orgId, scimUserId: record.id }));
    if (record.seat) steps.push(seatFreed(orgId));
  }
  steps.push(audit(principal, 'scim.user_deleted', { ...record, lastModified: now }));
  await write(steps);
  await noteActivity(principal, 'scim.user_deleted');
}

const toRecord = (item: Record<string, unknown>) => withoutKeys(item) as unknown as ScimUserRecord;

async function candidates(orgId: string, lookup: Lookup): Promise<ScimUserRecord[]> {
  if (lookup.by === 'id') {
    const found = await batchGetAll([keys.scimUser(orgId, lookup.value)], { consistentRead: true });
    return found.map(toRecord);
  }
  const entry =
    lookup.by === 'userName'
      ? {
          index: table.indexes.byGsi1.name,
          ...(({ GSI1PK, GSI1SK }) => ({ pk: GSI1PK, sk: GSI1SK, names: ['GSI1PK', 'GSI1SK'] }))(
            keys.scimUserByName(orgId, lookup.value),
          ),
        }
      : {
          index: table.indexes.byDue.name,
          ...(({ GSI2PK, GSI2SK }) => ({ pk: GSI2PK, sk: GSI2SK, names: ['GSI2PK', 'GSI2SK'] }))(
            keys.scimUserByExternalId(orgId, lookup.value),
          ),
        };
  const { items } = await queryFrom(
    {
      key: {
        index: entry.index,
        expression: `${entry.names[0]} = :pk AND ${entry.names[1]} = :sk`,
        values: { ':pk': entry.pk, ':sk': entry.sk },
      },
    },
    undefined,
  );
  return items.map(toRecord);
}

/** The bound members' status now, in one round trip (none when no user is bound). */
async function membersOf(orgId: string, records: ScimUserRecord[]) {
  const bound = [...new Set(records.flatMap((record) => (record.userId ? [record.userId] : [])))];
  const members = await batchGetAll(
    bound.map((userId) => keys.member(orgId, userId)),
    { consistentRead: true },
  );
  return new Map(
    members.map((item) => [item.userId as string, withoutKeys(item) as unknown as MemberRecord]),
  );
}

export interface UserListing {
  totalResults: number;
  startIndex: number;
  users: ScimUserView[];
}

/**
 * Users matching `filter`, from the indexes where a leaf names `userName`/`emails.value`
 * (GSI1), `externalId` (GSI2) or `id`; otherwise every user of the org (one Query per page).
 * The filter then decides on each candidate. `startIndex` is 1-based.
 */
export async function listScimUsers(
  principal: ScimPrincipal,
  filter: Filter | undefined,
  startIndex: number,
  count: number,
): Promise<UserListing> {
  const { orgId } = principal;
  const lookups = filter ? lookupsOf(filter) : 'all';
  let records: ScimUserRecord[];
  if (lookups === 'all') {
    records = (await queryAll({ key: inOrg(orgId, prefixes.scimUser), consistentRead: true })).map(toRecord);
  } else {
    const found = (await Promise.all(lookups.map((lookup) => candidates(orgId, lookup)))).flat();
    records = [...new Map(found.map((record) => [record.id, record])).values()];
  }
  const members = await membersOf(orgId, records);
  let views = records.map((record) => viewOf(record, record.userId ? members.get(record.userId) : undefined));
  if (filter) {
    try {
      views = views.filter((view) => matches(filter, view.record, view.active));
    } catch (error) {
      if (error instanceof UnsupportedFilter) throw invalidFilter(error.message);
      throw error;
    }
  }
  views.sort((a, b) =>
    a.record.created < b.record.created ? -1 : a.record.created > b.record.created ? 1 : 0,
  );
  return {
    totalResults: views.length,
    startIndex,
    users: views.slice(startIndex - 1, startIndex - 1 + count),
  };
}
