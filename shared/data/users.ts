import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { table } from '../../infra/table.ts';
import type { Caller } from '../http/auth.ts';
import { validationFailed } from '../http/errors.ts';
import { db, tableName } from './client.ts';
import { isConditionFailure } from './conditions.ts';
import { nowIso, withoutKeys } from './items.ts';
import { keys } from './keys.ts';
import { transactWrite } from './transact.ts';

export interface UserRecord {
  id: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  defaultOrgId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The public profile (`GET /me`); `defaultOrgId` is absent until the first org. */
export const toProfile = (user: UserRecord) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  defaultOrgId: user.defaultOrgId ?? null,
  createdAt: user.createdAt,
});

export async function getUser(userId: string): Promise<UserRecord | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: keys.user(userId) }));
  return Item ? (withoutKeys(Item) as unknown as UserRecord) : undefined;
}

/** Only verified emails are indexed: an unverified claim cannot receive invitations. */
const emailIndex = (caller: Caller): { GSI1PK?: string; GSI1SK?: string } =>
  caller.email && caller.emailVerified ? keys.userByEmail(caller.email) : {};

/**
 * Registers the caller on first sight and keeps the token's email current.
 * One GetItem when nothing changed.
 */
export async function ensureUser(caller: Caller): Promise<UserRecord> {
  const existing = await getUser(caller.userId);
  if (existing) {
    const email = caller.email ?? null;
    if (existing.email === email && existing.emailVerified === caller.emailVerified) return existing;
    return refreshEmail(caller, existing);
  }
  const now = nowIso();
  const user: UserRecord = {
    id: caller.userId,
    email: caller.email ?? null,
    emailVerified: caller.emailVerified,
    name: caller.name ?? null,
    defaultOrgId: null,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        // defaultOrgId stays absent (not null) so org creation can set it with if_not_exists
        Item: {
          ...keys.user(caller.userId),
          ...emailIndex(caller),
          type: 'user',
          ...user,
          defaultOrgId: undefined,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return user;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const raced = await getUser(caller.userId);
    if (!raced) throw error;
    return raced;
  }
}

async function refreshEmail(caller: Caller, existing: UserRecord): Promise<UserRecord> {
  const index = emailIndex(caller);
  const updatedAt = nowIso();
  const indexed = index.GSI1PK !== undefined;
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.user(caller.userId),
      UpdateExpression: indexed
        ? 'SET email = :email, emailVerified = :verified, updatedAt = :now, GSI1PK = :gpk, GSI1SK = :gsk'
        : 'SET email = :email, emailVerified = :verified, updatedAt = :now REMOVE GSI1PK, GSI1SK',
      ExpressionAttributeValues: {
        ':email': caller.email ?? null,
        ':verified': caller.emailVerified,
        ':now': updatedAt,
        ...(indexed ? { ':gpk': index.GSI1PK, ':gsk': index.GSI1SK } : {}),
      },
    }),
  );
  return { ...existing, email: caller.email ?? null, emailVerified: caller.emailVerified, updatedAt };
}

/** Users who signed in with this verified email (normally one). */
export async function findUsersByEmail(email: string): Promise<UserRecord[]> {
  const index = keys.userByEmail(email);
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: table.indexes.byGsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK = :sk',
      ExpressionAttributeValues: { ':pk': index.GSI1PK, ':sk': index.GSI1SK },
    }),
  );
  return Items.map((item) => withoutKeys(item) as unknown as UserRecord);
}

export interface ProfileChanges {
  name?: string;
  defaultOrgId?: string;
}

/** `defaultOrgId` is accepted only where the caller is an active member: a condition, not a read. */
export async function updateProfile(userId: string, changes: ProfileChanges): Promise<UserRecord> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':now': nowIso() };
  const sets = ['updatedAt = :now'];
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    sets.push(`#${field} = :${field}`);
  }
  const update = {
    TableName: tableName(),
    Key: keys.user(userId),
    UpdateExpression: `SET ${sets.join(', ')}`,
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
  if (changes.defaultOrgId === undefined) {
    const { Attributes } = await db().send(new UpdateCommand({ ...update, ReturnValues: 'ALL_NEW' }));
    return withoutKeys(Attributes ?? {}) as unknown as UserRecord;
  }
  await transactWrite([
    {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.member(changes.defaultOrgId, userId),
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':active': 'active' },
        },
      },
      onConditionFailed: () =>
        validationFailed(
          [{ path: 'body.defaultOrgId', message: 'You are not an active member of this organization.' }],
          'defaultOrgId must be an organization where you are an active member.',
        ),
    },
    { Update: update },
  ]);
  const user = await getUser(userId);
  if (!user) throw new Error('profile vanished during update');
  return user;
}
