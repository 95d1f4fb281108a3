import { actorStillAllowed } from '../members/access.ts';
import { permissionSetOf } from '../members/domain/custom-roles.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { isOwnerAction, mayManageApiKey } from '../members/domain/permissions.ts';
import { auditBy } from '../orgs/audit.ts';
import { newId } from '../platform/domain/ids.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso, recordOf } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryAll, queryPage } from '../platform/dynamo/query.ts';
import {
  type Conditioned,
  type TransactItem,
  type TransactStep,
  transactWrite,
} from '../platform/dynamo/transact.ts';
import { ApiError, forbidden, notFound } from '../platform/errors.ts';
import {
  type ApiKeyLookup,
  type ApiKeyRecord,
  type ApiKeyStatus,
  apiKeyStatus,
  type CreatorFacts,
} from './domain/api-keys.ts';
import { generateApiKey, type KeyMode } from './domain/format.ts';

/** A transaction item, with what its failed condition means when it has one (never an index). */
type Step = TransactStep;

const keyNotFound = () => notFound('API key');
const changedMeanwhile = () => new ApiError('CONFLICT', 'The API key changed meanwhile. Fetch it and retry.');

/** The key just created: the only moment its secret exists outside the caller. */
export interface CreatedKey {
  record: ApiKeyRecord;
  key: string;
}

const toRecord = (item: Record<string, unknown>) => recordOf<ApiKeyRecord>(item);

/** The key item, its hash reference and its lookup item, as Put steps. */
function keyItems(record: ApiKeyRecord, hash: string): Step[] {
  const lookup: ApiKeyLookup = {
    orgId: record.orgId,
    keyId: record.id,
    name: record.name,
    mode: record.mode,
    createdBy: record.createdBy,
    expiresAt: record.expiresAt,
    ...(record.permissions ? { permissions: record.permissions } : {}),
  };
  const put = (Item: Record<string, unknown>): Step => ({
    Put: { TableName: tableName(), Item, ConditionExpression: 'attribute_not_exists(PK)' },
  });
  return [
    put({ ...keys.apiKey(record.orgId, record.id), type: 'apiKey', ...record }),
    put({ ...keys.apiKeyHashRef(record.orgId, record.id), type: 'apiKeyRef', keyId: record.id, hash }),
    put({ ...keys.apiKeyLookup(hash), type: 'apiKeyLookup', ...lookup }),
  ];
}

/** A live key needs the org in production; the org is read in the same transaction. */
function orgAllows(orgId: string, mode: KeyMode): Step[] {
  if (mode !== 'production') return [];
  return [
    {
      item: {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.org(orgId),
          ConditionExpression: '#mode = :production',
          ExpressionAttributeNames: { '#mode': 'mode' },
          ExpressionAttributeValues: { ':production': 'production' },
        },
      },
      onConditionFailed: orgNotActive,
    },
  ];
}

export const orgNotActive = () =>
  new ApiError(
    'ORG_NOT_ACTIVE',
    'Live (production) API keys need the organization in production mode: finish onboarding first.',
  );

export interface NewKeyInput {
  name: string;
  mode: KeyMode;
  expiresAt: string | null;
  /** the key's scope; already checked to be within the creator's permissions */
  permissions: string[];
}

/** A new key created by `actor`: its record, its secret (shown once) and the secret's hash. */
function newKey(
  actor: MemberRecord,
  fields: Pick<ApiKeyRecord, 'name' | 'mode' | 'createdAt' | 'expiresAt' | 'rolledFrom' | 'permissions'>,
) {
  const generated = generateApiKey(fields.mode);
  const record: ApiKeyRecord = {
    id: newId('key'),
    orgId: actor.orgId,
    name: fields.name,
    mode: fields.mode,
    start: generated.start,
    createdBy: actor.userId,
    createdAt: fields.createdAt,
    expiresAt: fields.expiresAt,
    ...(fields.rolledFrom ? { rolledFrom: fields.rolledFrom } : {}),
    ...(fields.permissions ? { permissions: fields.permissions } : {}),
  };
  return { record, key: generated.key, hash: generated.hash };
}

export async function createApiKey(
  actor: MemberRecord,
  input: NewKeyInput,
  append: (created: CreatedKey) => Conditioned[] = () => [],
): Promise<CreatedKey> {
  const generated = newKey(actor, { ...input, createdAt: nowIso() });
  const { record } = generated;
  const created = { record, key: generated.key };
  await transactWrite([
    // a raced twin with the same Idempotency-Key: its answer is ours
    ...append(created),
    actorStillAllowed(actor),
    ...orgAllows(actor.orgId, input.mode),
    ...keyItems(record, generated.hash),
    auditBy(actor, {
      action: 'api_key.created',
      target: { type: 'apiKey', id: record.id },
      details: { name: record.name, mode: record.mode, start: record.start, expiresAt: record.expiresAt },
      at: record.createdAt,
    }),
  ]);
  return created;
}

/** The key item and the hash of its lookup item, in one round trip. */
async function readKey(orgId: string, keyId: string): Promise<{ record: ApiKeyRecord; hash: string }> {
  const items = await batchGetAll([keys.apiKey(orgId, keyId), keys.apiKeyHashRef(orgId, keyId)], {
    consistentRead: true,
  });
  const key = items.find((item) => item.type === 'apiKey');
  const ref = items.find((item) => item.type === 'apiKeyRef');
  if (!key || typeof ref?.hash !== 'string') throw keyNotFound();
  return { record: toRecord(key), hash: ref.hash };
}

/**
 * A key's scope: the permissions asked for (default: all the creator holds), each one the
 * creator's own, else 403 — a key never carries a permission its creator lacks.
 */
export function keyScopeFor(
  actor: MemberRecord,
  org: object,
  asked: readonly string[] | undefined,
): string[] {
  const held = permissionSetOf(actor.role, org);
  if (!asked) return [...held].filter((permission) => !isOwnerAction(permission));
  const missing = asked.filter((permission) => !held.has(permission) || isOwnerAction(permission));
  if (missing.length > 0) {
    throw forbidden(`A key's scope is within your own permissions; you do not hold ${missing.join(', ')}.`);
  }
  return [...held].filter((permission) => asked.includes(permission));
}

/** A scope narrowed to what `actor` holds (a roll: the new key is the roller's; undefined: all they hold). */
export function narrowedScope(
  actor: MemberRecord,
  org: object,
  scope: readonly string[] | undefined,
): string[] {
  const held = [...permissionSetOf(actor.role, org)].filter((permission) => !isOwnerAction(permission));
  return scope ? held.filter((permission) => scope.includes(permission)) : held;
}

/** `developer:keys` manages one's own keys; with `members:manage` too, anyone's (others' keys: 403, they can see them). */
function assertMayManage(actor: MemberRecord, record: ApiKeyRecord, org: object) {
  if (!mayManageApiKey(permissionSetOf(actor.role, org), record.createdBy === actor.userId)) {
    throw forbidden('Developers can revoke and roll only the API keys they created.');
  }
}

/** Sets the same attributes on the key item and its lookup item, while the key is neither revoked nor rolled. */
function endKey(record: ApiKeyRecord, hash: string, set: Record<string, unknown>): Step[] {
  const names = Object.keys(set);
  const update = (Key: Record<string, string>, extra: Record<string, unknown>): TransactItem => {
    const all = { ...set, ...extra };
    return {
      Update: {
        TableName: tableName(),
        Key,
        UpdateExpression: `SET ${Object.keys(all)
          .map((name) => `#${name} = :${name}`)
          .join(', ')}`,
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeNames: Object.fromEntries(Object.keys(all).map((name) => [`#${name}`, name])),
        ExpressionAttributeValues: Object.fromEntries(
          Object.entries(all).map(([name, value]) => [`:${name}`, value]),
        ),
      },
    };
  };
  const keyItem = update(keys.apiKey(record.orgId, record.id), set);
  // the key item alone also refuses a second roll
  if (keyItem.Update) keyItem.Update.ConditionExpression += ' AND attribute_not_exists(rolledTo)';
  return [
    { item: keyItem, onConditionFailed: changedMeanwhile },
    {
      item: update(
        keys.apiKeyLookup(hash),
        Object.fromEntries(names.filter((name) => name !== 'rolledTo').map((name) => [name, set[name]])),
      ),
      onConditionFailed: changedMeanwhile,
    },
  ];
}

/** Revokes a key: the lookup item carries `revokedAt`, so the very next verification refuses it. */
export async function revokeApiKey(actor: MemberRecord, org: object, keyId: string): Promise<void> {
  const { record, hash } = await readKey(actor.orgId, keyId);
  assertMayManage(actor, record, org);
  if (record.revokedAt) return;
  const now = nowIso();
  try {
    await transactWrite([
      actorStillAllowed(actor),
      ...endKey(record, hash, { revokedAt: now, revokedBy: actor.userId }),
      auditBy(actor, {
        action: 'api_key.revoked',
        target: { type: 'apiKey', id: keyId },
        details: { name: record.name, mode: record.mode, start: record.start },
        at: now,
      }),
    ]);
  } catch (error) {
    // a concurrent revoke got there first: the key is revoked, which is what was asked
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      const again = await readKey(actor.orgId, keyId);
      if (again.record.revokedAt) return;
    }
    throw error;
  }
}

export interface RolledKey extends CreatedKey {
  previous: ApiKeyRecord;
  previousStatus: ApiKeyStatus;
}

/**
 * A new key with the same name and mode; the old one keeps working `graceSeconds`
 * (its expiry moves there, never later), or is revoked at once when 0.
 */
export async function rollApiKey(
  actor: MemberRecord,
  org: object,
  keyId: string,
  graceSeconds: number,
  append: (rolled: RolledKey) => Conditioned[] = () => [],
): Promise<RolledKey> {
  const { record: previous, hash } = await readKey(actor.orgId, keyId);
  assertMayManage(actor, previous, org);
  const now = nowIso();
  if (previous.revokedAt) throw new ApiError('CONFLICT', 'A revoked API key cannot be rolled.');
  if (previous.rolledTo) {
    throw new ApiError('CONFLICT', `This API key was already rolled; roll ${previous.rolledTo} instead.`);
  }
  if (previous.expiresAt && previous.expiresAt <= now) {
    throw new ApiError('CONFLICT', 'An expired API key cannot be rolled; create a new one.');
  }
  const generated = newKey(actor, {
    name: previous.name,
    mode: previous.mode,
    createdAt: now,
    expiresAt: null,
    rolledFrom: previous.id,
    // the same scope, narrowed to what the person rolling it holds (never more than either)
    permissions: narrowedScope(actor, org, previous.permissions),
  });
  const { record } = generated;
  const graceEnd = new Date(Date.parse(now) + graceSeconds * 1000).toISOString();
  const oldExpiry = previous.expiresAt && previous.expiresAt < graceEnd ? previous.expiresAt : graceEnd;
  const ending =
    graceSeconds === 0
      ? { revokedAt: now, revokedBy: actor.userId, rolledTo: record.id }
      : { expiresAt: oldExpiry, rolledTo: record.id };
  const creator =
    previous.createdBy === actor.userId
      ? actor
      : (await creatorsOf(actor.orgId, [previous.createdBy])).get(previous.createdBy);
  const ended = { ...previous, ...ending };
  const rolled: RolledKey = {
    record,
    key: generated.key,
    previous: ended,
    previousStatus: apiKeyStatus(ended, creator, now, org),
  };
  await transactWrite([
    ...append(rolled),
    actorStillAllowed(actor),
    ...orgAllows(actor.orgId, record.mode),
    ...endKey(previous, hash, ending),
    ...keyItems(record, generated.hash),
    auditBy(actor, {
      action: 'api_key.rolled',
      target: { type: 'apiKey', id: previous.id },
      details: {
        name: previous.name,
        mode: previous.mode,
        newKeyId: record.id,
        newKeyStart: record.start,
        graceSeconds,
        oldKeyWorksUntil: graceSeconds === 0 ? now : oldExpiry,
      },
      at: now,
    }),
  ]);
  return rolled;
}

/** The creators' memberships (status and role) in one round trip. */
export async function creatorsOf(orgId: string, userIds: string[]): Promise<Map<string, CreatorFacts>> {
  const found = new Map<string, CreatorFacts>();
  const members = await batchGetAll(
    [...new Set(userIds)].map((userId) => keys.member(orgId, userId)),
    {
      consistentRead: true,
      projection: 'userId, #status, #role',
      names: { '#status': 'status', '#role': 'role' },
    },
  );
  for (const item of members) {
    found.set(item.userId as string, { status: item.status, role: item.role } as CreatorFacts);
  }
  return found;
}

export interface KeyWithStatus {
  record: ApiKeyRecord;
  status: ApiKeyStatus;
}

export async function getApiKey(orgId: string, keyId: string, org?: object): Promise<KeyWithStatus> {
  const { record } = await readKey(orgId, keyId);
  const creators = await creatorsOf(orgId, [record.createdBy]);
  return { record, status: apiKeyStatus(record, creators.get(record.createdBy), nowIso(), org) };
}

export interface KeyFilter {
  mode?: KeyMode;
  status?: ApiKeyStatus;
  limit: number;
  cursor?: string;
}

/**
 * A page of the org's keys, newest id order not guaranteed (ids are random). `mode`,
 * `revoked` and `expired` filter in DynamoDB; `active` and `suspended` depend on the
 * creator's membership now, so they filter each page after reading it: a page may
 * hold fewer than `limit` items while `nextCursor` is not null.
 */
export async function listApiKeys(orgId: string, filter: KeyFilter, org?: object) {
  const scope = `apiKeys:${orgId}:${filter.mode ?? ''}:${filter.status ?? ''}`;
  const now = nowIso();
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (filter.mode) {
    conditions.push('#mode = :mode');
    names['#mode'] = 'mode';
    values[':mode'] = filter.mode;
  }
  if (filter.status === 'revoked') conditions.push('attribute_exists(revokedAt)');
  else if (filter.status) {
    names['#expiresAt'] = 'expiresAt';
    values[':now'] = now;
    conditions.push(
      filter.status === 'expired'
        ? 'attribute_not_exists(revokedAt) AND #expiresAt <= :now'
        : 'attribute_not_exists(revokedAt) AND (attribute_type(#expiresAt, :null) OR #expiresAt > :now)',
    );
    if (filter.status !== 'expired') values[':null'] = 'NULL';
  }
  const page = await queryPage(
    {
      key: inOrg(orgId, prefixes.apiKey),
      filter: conditions.length > 0 ? { expression: conditions.join(' AND '), names, values } : undefined,
      limit: filter.limit,
    },
    { scope, cursor: filter.cursor },
    toRecord,
  );
  const records = page.items;
  // an empty page reads nothing: batchGetAll makes no call for no key
  const creators = await creatorsOf(
    orgId,
    records.map((r) => r.createdBy),
  );
  const items = records
    .map((record) => ({ record, status: apiKeyStatus(record, creators.get(record.createdBy), now, org) }))
    .filter((key) => !filter.status || key.status === filter.status);
  return { items, nextCursor: page.nextCursor };
}

/** The keys of one creator that are neither revoked nor expired (for suspension notices). */
export async function liveKeysCreatedBy(orgId: string, userId: string): Promise<ApiKeyRecord[]> {
  const found = await queryAll({
    key: inOrg(orgId, prefixes.apiKey),
    filter: {
      expression:
        'createdBy = :user AND attribute_not_exists(revokedAt) AND (attribute_type(#expiresAt, :null) OR #expiresAt > :now)',
      names: { '#expiresAt': 'expiresAt' },
      values: { ':user': userId, ':null': 'NULL', ':now': nowIso() },
    },
  });
  return found.map(toRecord);
}
