import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { table } from '../../infra/table.ts';
import { autoInviteOnRegistration } from '../domains/auto-invite.ts';
import { emailDomain } from '../domains/domain/domain-name.ts';
import { getMemberAndOrg } from '../members/access.ts';
import { isDeletionScheduled } from '../orgs/domain/org.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds, isConditionFailure } from '../platform/dynamo/conditions.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { queryFrom } from '../platform/dynamo/query.ts';
import { transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, validationFailed } from '../platform/errors.ts';
import type { Caller } from '../platform/http/auth.ts';

export interface UserRecord {
  id: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  defaultOrgId: string | null;
  createdAt: string;
  updatedAt: string;
  /** the verified email's domain, as indexed for auto-invitations (absent: none, or not yet indexed) */
  emailDomain?: string;
}

/** The public profile (`GET /me`); `defaultOrgId` is absent until the first org. */
export const toProfile = (user: UserRecord) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  defaultOrgId: user.defaultOrgId ?? null,
  createdAt: user.createdAt,
});

/**
 * The profile as shown: `defaultOrgId` only while the caller can still open that org —
 * an active member of an org that exists and whose deletion is not scheduled (its owner
 * keeps it, to restore it). Removal, blocking and deletion do not rewrite the profile;
 * this read decides.
 */
export async function currentProfile(user: UserRecord) {
  const profile = toProfile(user);
  if (!profile.defaultOrgId) return profile;
  const { member, org } = await getMemberAndOrg(profile.defaultOrgId, user.id);
  const opens = member?.status === 'active' && org && (!isDeletionScheduled(org) || member.role === 'owner');
  return opens ? profile : { ...profile, defaultOrgId: null };
}

export async function getUser(userId: string): Promise<UserRecord | undefined> {
  const item = await getItem(keys.user(userId), { consistentRead: false });
  return item ? (withoutKeys(item) as unknown as UserRecord) : undefined;
}

/**
 * Verified emails are indexed as users who can be invited; unverified ones under
 * another sort key, only so that an inviter can be told the email is not verified.
 */
const emailIndex = (caller: Caller): { GSI1PK?: string; GSI1SK?: string } => {
  if (!caller.email) return {};
  return caller.emailVerified ? keys.userByEmail(caller.email) : keys.userByUnverifiedEmail(caller.email);
};

/**
 * A verified email's domain is indexed (sharded, on GSI2) so a domain's auto-invitations find
 * its users without a Scan; free-mail and public-suffix domains are never anyone's, so not indexed.
 */
const domainIndex = (caller: Caller, userId: string) => {
  const domain = caller.emailVerified ? emailDomain(caller.email) : undefined;
  return domain ? { emailDomain: domain, ...keys.userByEmailDomain(domain, userId) } : undefined;
};

/**
 * A token without `email_verified` for the address this user already verified does
 * not unverify it: verification is a fact about the user and the address, not the token.
 */
const keepVerified = (caller: Caller, existing: UserRecord): Caller =>
  !caller.emailVerified && existing.emailVerified && caller.email === existing.email
    ? { ...caller, emailVerified: true }
    : caller;

/**
 * Registers the caller on first sight and keeps the token's email current.
 * One GetItem when nothing changed.
 */
export async function ensureUser(tokenCaller: Caller): Promise<UserRecord> {
  return ensureUserFrom(tokenCaller, await getUser(tokenCaller.userId));
}

/**
 * `ensureUser`, reading `alsoRead` in the same call as the user's item (one BatchGetItem):
 * what waits for this person at sign-in costs no round trip of its own.
 */
export async function ensureUserReading(
  tokenCaller: Caller,
  alsoRead: { PK: string; SK: string },
): Promise<{ user: UserRecord; extra: Record<string, unknown> | undefined }> {
  const userKey = keys.user(tokenCaller.userId);
  const items = await batchGetAll([userKey, alsoRead], { consistentRead: false });
  const itemOf = (key: { PK: string; SK: string }) =>
    items.find((item) => item.PK === key.PK && item.SK === key.SK);
  const stored = itemOf(userKey);
  const existing = stored ? (withoutKeys(stored) as unknown as UserRecord) : undefined;
  return { user: await ensureUserFrom(tokenCaller, existing), extra: itemOf(alsoRead) };
}

async function ensureUserFrom(tokenCaller: Caller, existing: UserRecord | undefined): Promise<UserRecord> {
  if (existing) {
    const caller = keepVerified(tokenCaller, existing);
    const email = caller.email ?? null;
    const indexed = existing.emailDomain === domainIndex(caller, existing.id)?.emailDomain;
    if (existing.email === email && existing.emailVerified === caller.emailVerified && indexed)
      return existing;
    const refreshed = await refreshEmail(caller, existing);
    // a newly verified address on an auto-inviting domain is invited as at registration
    if (refreshed.emailDomain && refreshed.emailDomain !== existing.emailDomain)
      await autoInviteOnRegistration(refreshed);
    return refreshed;
  }
  const caller = tokenCaller;
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
  const domain = domainIndex(caller, caller.userId);
  if (domain) user.emailDomain = domain.emailDomain;
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        // defaultOrgId stays absent (not null) so org creation can set it with if_not_exists
        Item: {
          ...keys.user(caller.userId),
          ...emailIndex(caller),
          ...domain,
          type: 'user',
          ...user,
          defaultOrgId: undefined,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    await autoInviteOnRegistration(user);
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
  const domain = domainIndex(caller, caller.userId);
  const updatedAt = nowIso();
  const indexed = index.GSI1PK !== undefined;
  const sets = [
    'email = :email, emailVerified = :verified, updatedAt = :now',
    ...(indexed ? ['GSI1PK = :gpk, GSI1SK = :gsk'] : []),
    ...(domain ? ['emailDomain = :domain, GSI2PK = :g2pk, GSI2SK = :g2sk'] : []),
  ];
  const removes = [
    ...(indexed ? [] : ['GSI1PK', 'GSI1SK']),
    ...(domain ? [] : ['emailDomain', 'GSI2PK', 'GSI2SK']),
  ];
  const refreshed = await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.user(caller.userId),
        UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
        // an unverified token never downgrades the same address verified meanwhile
        ...(caller.emailVerified
          ? {}
          : { ConditionExpression: 'NOT (email = :email AND emailVerified = :true)' }),
        ExpressionAttributeValues: {
          ':email': caller.email ?? null,
          ':verified': caller.emailVerified,
          ':now': updatedAt,
          ...(caller.emailVerified ? {} : { ':true': true }),
          ...(indexed ? { ':gpk': index.GSI1PK, ':gsk': index.GSI1SK } : {}),
          ...(domain
            ? { ':domain': domain.emailDomain, ':g2pk': domain.GSI2PK, ':g2sk': domain.GSI2SK }
            : {}),
        },
      }),
    ),
  );
  if (!refreshed) return (await getUser(caller.userId)) ?? existing;
  const { emailDomain: _previous, ...rest } = existing;
  return {
    ...rest,
    email: caller.email ?? null,
    emailVerified: caller.emailVerified,
    updatedAt,
    ...(domain ? { emailDomain: domain.emailDomain } : {}),
  };
}

/** The email index's (GSI1) entries of exactly this key: one Query. */
async function emailIndexEntries(entry: { GSI1PK: string; GSI1SK: string }, limit?: number) {
  const { items } = await queryFrom(
    {
      key: {
        index: table.indexes.byGsi1.name,
        expression: 'GSI1PK = :pk AND GSI1SK = :sk',
        values: { ':pk': entry.GSI1PK, ':sk': entry.GSI1SK },
      },
      limit,
    },
    undefined,
  );
  return items;
}

/** Users who signed in with this verified email (normally one). */
export async function findUsersByEmail(email: string): Promise<UserRecord[]> {
  const found = await emailIndexEntries(keys.userByEmail(email));
  return found.map((item) => withoutKeys(item) as unknown as UserRecord);
}

export interface ProfileChanges {
  name?: string;
  defaultOrgId?: string;
}

const notADefaultOrg = () =>
  validationFailed(
    [{ path: 'body.defaultOrgId', message: 'You are not an active member of this organization.' }],
    'defaultOrgId must be an organization where you are an active member.',
  );

/**
 * `defaultOrgId` is accepted only where the caller is an active member of a live org
 * (no deletion scheduled): conditions, not a read.
 */
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
      onConditionFailed: notADefaultOrg,
    },
    {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.org(changes.defaultOrgId),
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(deleteAt)',
        },
      },
      onConditionFailed: notADefaultOrg,
    },
    { Update: update },
  ]);
  const user = await getUser(userId);
  if (!user) throw new Error('profile vanished during update');
  return user;
}

/**
 * The users an invitation to `email` is for (those who verified it), or why nobody can be
 * invited: one Query of the email index reads both the verified and the unverified entries.
 */
export async function inviteesFor(
  email: string,
): Promise<{ invitees: UserRecord[] } | { refusal: ApiError }> {
  const { items } = await queryFrom(
    {
      key: {
        index: table.indexes.byGsi1.name,
        expression: 'GSI1PK = :pk AND begins_with(GSI1SK, :user)',
        values: { ':pk': keys.userByEmail(email).GSI1PK, ':user': keys.userByEmail(email).GSI1SK },
      },
    },
    undefined,
  );
  const verified = items.filter((item) => item.GSI1SK === keys.userByEmail(email).GSI1SK);
  if (verified.length > 0) {
    return { invitees: verified.map((item) => withoutKeys(item) as unknown as UserRecord) };
  }
  if (items.length > 0) {
    return {
      refusal: new ApiError(
        'EMAIL_NOT_VERIFIED',
        'Someone signed in with this email, but it is not verified. Ask them to verify it with their sign-in provider and sign in again.',
      ),
    };
  }
  return {
    refusal: new ApiError(
      'USER_NOT_REGISTERED',
      'No user has signed in with this email yet. Ask them to sign in once, then invite them.',
    ),
  };
}
