import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { isConditionFailure } from '../platform/dynamo/conditions.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { keys } from '../platform/dynamo/keys.ts';
import {
  type ApiKeyLookup,
  type CreatorFacts,
  effectiveKeyPermissions,
  type OrgFacts,
  type RefusalCode,
  refusalOf,
} from './domain/api-keys.ts';
import { hashApiKey, type KeyMode, parseApiKey } from './domain/format.ts';

/** Who a verified key acts for. */
export interface ApiKeyPrincipal {
  orgId: string;
  orgName: string;
  mode: KeyMode;
  keyId: string;
  keyName: string;
  createdBy: string;
  /** the key's scope ∩ its creator's permissions, as read now */
  permissions: string[];
}

export type Verification = { ok: true; principal: ApiKeyPrincipal } | { ok: false; code: RefusalCode };

/**
 * The facts of a key that never change (org, id, creator, mode), per container, by
 * hash. With them, the lookup item (revocation, expiry), the org and the creator's
 * membership are read in ONE BatchGetItem; without (the first time a container sees
 * a key) the lookup item is read first. Nothing mutable is cached: revocation,
 * suspension and org changes take effect on the very next call.
 */
const MAX_CACHED = 10_000;
const immutableFacts = new Map<string, Pick<ApiKeyLookup, 'orgId' | 'keyId' | 'createdBy'>>();

function remember(hash: string, lookup: ApiKeyLookup) {
  if (immutableFacts.size >= MAX_CACHED) {
    const oldest = immutableFacts.keys().next().value;
    if (oldest !== undefined) immutableFacts.delete(oldest);
  }
  immutableFacts.set(hash, { orgId: lookup.orgId, keyId: lookup.keyId, createdBy: lookup.createdBy });
}

type Item = Record<string, unknown>;
type Key = { PK: string; SK: string };

async function readLookup(hash: string): Promise<ApiKeyLookup | undefined> {
  const item = await getItem(keys.apiKeyLookup(hash));
  return item as ApiKeyLookup | undefined;
}

/** The key's lookup item, its org and its creator's membership: one round trip once the key is known here. */
async function readState(hash: string) {
  let facts = immutableFacts.get(hash);
  let lookup: ApiKeyLookup | undefined;
  if (!facts) {
    lookup = await readLookup(hash);
    if (!lookup) return undefined;
    remember(hash, lookup);
    facts = lookup;
  }
  const wanted: Key[] = [keys.org(facts.orgId), keys.member(facts.orgId, facts.createdBy)];
  if (!lookup) wanted.push(keys.apiKeyLookup(hash));
  // one BatchGetItem (repeated only for keys DynamoDB leaves unprocessed under throttling)
  const items = await batchGetAll(wanted, { consistentRead: true });
  lookup ??= items.find((item) => item.type === 'apiKeyLookup') as ApiKeyLookup | undefined;
  // a purged key: forget it, so the cache holds only keys that exist
  if (!lookup) immutableFacts.delete(hash);
  const org = items.find((item) => item.type === 'org') as (OrgFacts & Item) | undefined;
  const member = items.find((item) => item.type === 'member') as (CreatorFacts & Item) | undefined;
  return { lookup, org, member };
}

/**
 * Verifies a presented API key: the format and checksum without I/O (a typo or a
 * random string never reaches DynamoDB), then the validity rules on what one
 * round trip read. Shared by the `/v1` middleware and the Lambda authorizer.
 */
export async function verifyApiKey(candidate: string, now = new Date()): Promise<Verification> {
  const parsed = parseApiKey(candidate);
  if (!parsed) return { ok: false, code: 'API_KEY_INVALID' };
  const hash = hashApiKey(candidate);
  const state = await readState(hash);
  const refusal = refusalOf(state?.lookup, state?.org, state?.member, now.toISOString());
  if (refusal || !state?.lookup || !state.org) return { ok: false, code: refusal ?? 'API_KEY_INVALID' };
  const { lookup, org, member } = state;
  if (!member) return { ok: false, code: 'API_KEY_SUSPENDED' };
  if (lookup.mode !== parsed.mode) return { ok: false, code: 'API_KEY_INVALID' };
  await touchLastUsed(lookup.orgId, lookup.keyId, now);
  return {
    ok: true,
    principal: {
      orgId: lookup.orgId,
      orgName: org.name,
      mode: lookup.mode,
      keyId: lookup.keyId,
      keyName: lookup.name,
      createdBy: lookup.createdBy,
      permissions: effectiveKeyPermissions(lookup.permissions, member, org),
    },
  };
}

/** keyId → the minute this container last recorded for it. */
const touched = new Map<string, string>();

/**
 * `lastUsedAt` to the minute, without a write per call: at most one conditional
 * update per key per minute per container, and it changes the item only when the
 * stored minute is older. Recording use never fails the call.
 */
async function touchLastUsed(orgId: string, keyId: string, now: Date) {
  const minute = `${now.toISOString().slice(0, 16)}:00.000Z`;
  if (touched.get(keyId) === minute) return;
  if (touched.size >= MAX_CACHED) touched.clear();
  touched.set(keyId, minute);
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.apiKey(orgId, keyId),
        UpdateExpression: 'SET lastUsedAt = :minute',
        ConditionExpression:
          'attribute_exists(PK) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :minute)',
        ExpressionAttributeValues: { ':minute': minute },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) touched.delete(keyId);
  }
}

/** For tests and the benchmark: forget what this container learned. */
export function forgetVerificationCache() {
  immutableFacts.clear();
  touched.clear();
}
