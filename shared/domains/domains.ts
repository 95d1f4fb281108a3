import { randomBytes } from 'node:crypto';
import { featureUseChange } from '../billing/plan-features.ts';
import { actorStillAllowed } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import type { AssignableRole } from '../members/domain/permissions.ts';
import { auditBy, auditPut } from '../orgs/audit.ts';
import { env } from '../platform/config/env.ts';
import { newId } from '../platform/domain/ids.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { oldestDue } from '../platform/dynamo/due-index.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { nowIso, recordOf } from '../platform/dynamo/items.ts';
import { domainRecheckPartitions, keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import { answer, type Conditioned, type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, notFound, validationFailed } from '../platform/errors.ts';
import { type DomainRecord, type Enrollment, recheckOutcome } from './domain/domain.ts';
import { challengeName, challengeValue, normalizeDomain } from './domain/domain-name.ts';
import { txtRecords } from './txt-records.ts';

const toRecord = (item: Record<string, unknown>) => recordOf<DomainRecord>(item);

/** What the claim of a verified domain holds: who has it and how people on it join. */
export interface DomainClaim {
  domain: string;
  orgId: string;
  domainId: string;
  enrollment: Enrollment;
  role: AssignableRole;
}

export async function getClaim(domain: string): Promise<DomainClaim | undefined> {
  const item = await getItem(keys.domainClaim(domain), { consistentRead: false });
  return item ? recordOf<DomainClaim>(item) : undefined;
}

export async function getDomain(orgId: string, domainId: string): Promise<DomainRecord | undefined> {
  const item = await getItem(keys.domain(orgId, domainId));
  return item ? toRecord(item) : undefined;
}

const domainTaken = (domain: string) =>
  new ApiError('DOMAIN_TAKEN', `${domain} is verified by another organization.`);

/** The domain as stored, or 400 (not a domain name) / 400 DOMAIN_NOT_ALLOWED. */
export function acceptableDomain(input: string): string {
  const normalized = normalizeDomain(input);
  if ('domain' in normalized) return normalized.domain;
  if (normalized.problem.kind === 'notAllowed')
    throw new ApiError('DOMAIN_NOT_ALLOWED', normalized.problem.message);
  throw validationFailed(
    [{ path: 'body.domain', message: normalized.problem.message }],
    normalized.problem.message,
  );
}

const nextCheckAt = (from: Date) =>
  new Date(from.getTime() + env().DOMAIN_RECHECK_SECONDS * 1000).toISOString();

/** A new pending domain with a fresh token; the same name twice in one org is 409 CONFLICT. */
export async function addDomain(
  actor: MemberRecord,
  input: string,
  append: (record: DomainRecord) => Conditioned[] = () => [],
): Promise<DomainRecord> {
  const domain = acceptableDomain(input);
  const claim = await getClaim(domain);
  if (claim && claim.orgId !== actor.orgId) throw domainTaken(domain);
  const now = nowIso();
  const record: DomainRecord = {
    id: newId('dom'),
    orgId: actor.orgId,
    domain,
    status: 'pending',
    enrollment: 'none',
    role: 'member',
    recordName: challengeName(domain),
    recordValue: challengeValue(randomBytes(24).toString('base64url')),
    createdAt: now,
    updatedAt: now,
    createdBy: actor.userId,
  };
  await transactWrite([
    ...append(record),
    actorStillAllowed(actor),
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.domainName(actor.orgId, domain), type: 'domainName', domainId: record.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () =>
        new ApiError('CONFLICT', `${domain} is already one of this organization's domains.`),
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.domain(actor.orgId, record.id), type: 'domain', ...record },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    auditBy(actor, {
      action: 'domain.added',
      target: { type: 'domain', id: record.id },
      details: { domain },
      at: now,
    }),
  ]);
  return record;
}

export async function listDomains(orgId: string, options: { limit: number; cursor?: string }) {
  return queryPage(
    { key: inOrg(orgId, prefixes.domain), limit: options.limit },
    { scope: `domains:${orgId}`, cursor: options.cursor },
    toRecord,
  );
}

/** The items that make a domain verified: its status and re-check entry, the claim, the use count. */
function verifiedSteps(
  record: DomainRecord,
  now: Date,
  from: DomainRecord['status'],
): TransactStep<'already'>[] {
  const at = now.toISOString();
  return [
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.domain(record.orgId, record.id),
          UpdateExpression:
            'SET #status = :verified, verifiedAt = :now, lastCheckedAt = :now, updatedAt = :now, GSI2PK = :gpk, GSI2SK = :gsk REMOVE missingSince',
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':verified': 'verified',
            ':from': from,
            ':now': at,
            ...prefixed(keys.domainRecheck(nextCheckAt(now), record.orgId, record.id)),
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      // verified meanwhile by a twin request: done; deleted meanwhile: 404
      onConditionFailed: (stored) =>
        stored?.status === 'verified' ? answer('already' as const) : notFound('Domain'),
    },
    {
      item: {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.domainClaim(record.domain),
            type: 'domainClaim',
            domain: record.domain,
            orgId: record.orgId,
            domainId: record.id,
            enrollment: record.enrollment,
            role: record.role,
          },
          ConditionExpression: 'attribute_not_exists(PK) OR (orgId = :org AND domainId = :id)',
          ExpressionAttributeValues: { ':org': record.orgId, ':id': record.id },
        },
      },
      onConditionFailed: () => domainTaken(record.domain),
    },
    featureUseChange(record.orgId, 'domains', 1),
  ];
}

const prefixed = (entry: { GSI2PK: string; GSI2SK: string }) => ({
  ':gpk': entry.GSI2PK,
  ':gsk': entry.GSI2SK,
});

/**
 * Reads the TXT records of the domain's record name now: the token found → verified (the
 * claim taken: of two orgs, exactly one wins; the other gets DOMAIN_TAKEN); else 409
 * DOMAIN_NOT_VERIFIED saying what was found. A resolver that does not answer is a 503.
 */
export async function verifyDomain(actor: MemberRecord, domainId: string): Promise<DomainRecord> {
  const record = await getDomain(actor.orgId, domainId);
  if (!record) throw notFound('Domain');
  const found = await txtRecords(record.recordName);
  if (!found.includes(record.recordValue)) {
    const seen =
      found.length === 0
        ? 'no TXT record'
        : `${found.length} TXT record(s): ${found.map((value) => JSON.stringify(value.slice(0, 100))).join(', ')}`;
    throw new ApiError(
      'DOMAIN_NOT_VERIFIED',
      `Expected a TXT record ${record.recordName} with the value ${record.recordValue}; found ${seen}. DNS changes can take a while to be seen: retry later.`,
    );
  }
  if (record.status === 'verified') return record;
  const now = new Date();
  const result = await transactWrite<'already'>([
    actorStillAllowed(actor),
    ...verifiedSteps(record, now, record.status),
    auditBy(actor, {
      action: 'domain.verified',
      target: { type: 'domain', id: record.id },
      details: { domain: record.domain },
      at: now.toISOString(),
    }),
  ]);
  if (!result.committed) return (await getDomain(actor.orgId, domainId)) ?? record;
  return { ...record, status: 'verified', verifiedAt: now.toISOString(), lastCheckedAt: now.toISOString() };
}

export interface EnrollmentChange {
  enrollment?: Enrollment;
  role?: AssignableRole;
}

/** Enrollment and role, on the domain and its claim together; enrollment needs `verified`. */
export async function changeEnrollment(
  actor: MemberRecord,
  domainId: string,
  change: EnrollmentChange,
): Promise<{ before: DomainRecord; after: DomainRecord }> {
  const record = await getDomain(actor.orgId, domainId);
  if (!record) throw notFound('Domain');
  const notVerified = () =>
    new ApiError(
      'DOMAIN_NOT_VERIFIED',
      `${record.domain} is not verified: verify it before people can join by it.`,
    );
  if (record.status !== 'verified' && change.enrollment !== undefined && change.enrollment !== 'none') {
    throw notVerified();
  }
  const after: DomainRecord = {
    ...record,
    enrollment: change.enrollment ?? record.enrollment,
    role: change.role ?? record.role,
    updatedAt: nowIso(),
  };
  const values = { ':enrollment': after.enrollment, ':role': after.role };
  const steps: TransactStep[] = [
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.domain(actor.orgId, domainId),
          UpdateExpression: 'SET enrollment = :enrollment, #role = :role, updatedAt = :now',
          // a verified domain stays verified while its enrollment changes (the re-check may end it)
          ConditionExpression:
            after.enrollment === 'none'
              ? 'attribute_exists(PK)'
              : 'attribute_exists(PK) AND #status = :verified',
          ExpressionAttributeNames: {
            '#role': 'role',
            ...(after.enrollment === 'none' ? {} : { '#status': 'status' }),
          },
          ExpressionAttributeValues: {
            ...values,
            ':now': after.updatedAt,
            ...(after.enrollment === 'none' ? {} : { ':verified': 'verified' }),
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) => (stored ? notVerified() : notFound('Domain')),
    },
    auditBy(actor, {
      action: 'domain.enrollment_changed',
      target: { type: 'domain', id: domainId },
      details: { domain: record.domain, enrollment: after.enrollment, role: after.role },
    }),
  ];
  if (record.status === 'verified') {
    steps.push({
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.domainClaim(record.domain),
          UpdateExpression: 'SET enrollment = :enrollment, #role = :role',
          ConditionExpression: 'orgId = :org AND domainId = :id',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: { ...values, ':org': actor.orgId, ':id': domainId },
        },
      },
      // unverified by the re-check (or removed) since it was read
      onConditionFailed: () => new ApiError('CONFLICT', `${record.domain} changed meanwhile: read it again.`),
    });
  }
  await transactWrite(steps);
  return { before: record, after };
}

/** The claim and the use count released with a domain that stops being verified. */
const releaseSteps = (record: DomainRecord): TransactStep[] => [
  {
    Delete: {
      TableName: tableName(),
      Key: keys.domainClaim(record.domain),
      ConditionExpression: 'attribute_not_exists(PK) OR (orgId = :org AND domainId = :id)',
      ExpressionAttributeValues: { ':org': record.orgId, ':id': record.id },
    },
  },
  featureUseChange(record.orgId, 'domains', -1),
];

/** Removes a domain; a verified one releases its claim and ends its enrollment at once. */
export async function deleteDomain(actor: MemberRecord, domainId: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await getDomain(actor.orgId, domainId);
    if (!record) throw notFound('Domain');
    const changed = Symbol('changed');
    const result = await transactWrite<typeof changed>([
      actorStillAllowed(actor),
      {
        item: {
          Delete: {
            TableName: tableName(),
            Key: keys.domain(actor.orgId, domainId),
            // the status read decides whether the claim goes too: a change meanwhile reads again
            ConditionExpression: '#status = :status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':status': record.status },
          },
        },
        onConditionFailed: () => answer(changed),
      },
      { Delete: { TableName: tableName(), Key: keys.domainName(actor.orgId, record.domain) } },
      ...(record.status === 'verified' ? releaseSteps(record) : []),
      auditBy(actor, {
        action: 'domain.deleted',
        target: { type: 'domain', id: domainId },
        details: { domain: record.domain, status: record.status },
      }),
    ]);
    if (result.committed) return;
  }
  throw new ApiError('CONFLICT', 'The domain changed while it was being removed. Retry.');
}

/** Verified domains whose daily re-check is due, oldest first (one Query per shard). */
export async function dueRechecks(limit: number, now = new Date()): Promise<DomainRecord[]> {
  return (await oldestDue(domainRecheckPartitions(), now.toISOString(), limit)).map(toRecord);
}

export type RecheckResult = 'found' | 'missing' | 'unverified' | 'skipped' | 'unavailable';

/**
 * The daily re-check of one verified domain: the record there clears `missingSince`; missing,
 * it is remembered since when; missing for DOMAIN_UNVERIFY_AFTER_SECONDS (3 days) the domain
 * turns `unverified`: enrollment `none`, the claim and the use count released, audited (the
 * stream emails the owner and admins and sends `domain.unverified`). A resolver that does not
 * answer changes nothing but the next check's time.
 */
export async function recheckDomain(record: DomainRecord, now = new Date()): Promise<RecheckResult> {
  const at = now.toISOString();
  let found: boolean;
  try {
    found = (await txtRecords(record.recordName)).includes(record.recordValue);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // ask again in an hour (or sooner when the re-check interval is shorter)
    const retryAt = new Date(now.getTime() + Math.min(3600, env().DOMAIN_RECHECK_SECONDS) * 1000);
    await moveRecheck(record, keys.domainRecheck(retryAt.toISOString(), record.orgId, record.id), {});
    return 'unavailable';
  }
  const outcome = recheckOutcome(record, found, now, env().DOMAIN_UNVERIFY_AFTER_SECONDS);
  const next = keys.domainRecheck(nextCheckAt(now), record.orgId, record.id);
  if (outcome.kind === 'found') {
    return (await moveRecheck(record, next, { lastCheckedAt: at }, ['missingSince'])) ? 'found' : 'skipped';
  }
  if (outcome.kind === 'missing') {
    return (await moveRecheck(record, next, { lastCheckedAt: at, missingSince: outcome.missingSince }))
      ? 'missing'
      : 'skipped';
  }
  const result = await transactWrite<'changed'>([
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.domain(record.orgId, record.id),
          UpdateExpression:
            'SET #status = :unverified, enrollment = :none, unverifiedAt = :now, lastCheckedAt = :now, updatedAt = :now, missingSince = :since REMOVE GSI2PK, GSI2SK',
          ConditionExpression: '#status = :verified',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':unverified': 'unverified',
            ':verified': 'verified',
            ':none': 'none',
            ':now': at,
            ':since': outcome.missingSince,
          },
        },
      },
      // deleted or changed meanwhile: nothing to do
      onConditionFailed: () => answer('changed' as const),
    },
    ...releaseSteps(record),
    auditPut({
      orgId: record.orgId,
      actorId: 'system',
      action: 'domain.unverified',
      target: { type: 'domain', id: record.id },
      details: { domain: record.domain, missingSince: outcome.missingSince },
      at,
    }),
  ]);
  return result.committed ? 'unverified' : 'skipped';
}

/** Moves a verified domain's re-check entry (and sets/removes attributes), only while it is verified. */
async function moveRecheck(
  record: DomainRecord,
  next: { GSI2PK: string; GSI2SK: string },
  set: Record<string, string>,
  remove: string[] = [],
): Promise<boolean> {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':verified': 'verified', ...prefixed(next) };
  const sets = ['GSI2PK = :gpk', 'GSI2SK = :gsk'];
  for (const [index, [field, value]] of Object.entries(set).entries()) {
    names[`#f${index}`] = field;
    values[`:f${index}`] = value;
    sets.push(`#f${index} = :f${index}`);
  }
  const removes = remove.map((field, index) => {
    names[`#r${index}`] = field;
    return `#r${index}`;
  });
  const result = await transactWrite<false>([
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.domain(record.orgId, record.id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: '#status = :verified',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: () => answer(false),
    },
  ]);
  return result.committed;
}
