import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { env } from './config/env.ts';
import { db, tableName } from './dynamo/client.ts';
import { keys } from './dynamo/keys.ts';
import { type Conditioned, transactWrite } from './dynamo/transact.ts';
import { ApiError } from './errors.ts';

const HOUR_MS = 3_600_000;

/** The invitation limits of the contract's "Abuse limits" (env overrides for load tests and the bench). */
export const inviteLimits = () => ({
  /** invitations (and resends) to one email from one org, per rolling 24 h */
  perOrgEmailPerDay: env().INVITE_LIMIT_PER_EMAIL_DAY,
  /** invitations per org per clock hour */
  perOrgPerHour: env().INVITE_LIMIT_PER_ORG_HOUR,
  /** invitations per inviter per clock hour, the not-registered answers included */
  perInviterPerHour: env().INVITE_LIMIT_PER_INVITER_HOUR,
});

const hourOf = (ms: number) => new Date(ms).toISOString().slice(0, 13);
const nextHourMs = (ms: number) => (Math.floor(ms / HOUR_MS) + 1) * HOUR_MS;

const rateLimited = (detail: string, retryAfterSeconds: number) =>
  new ApiError('RATE_LIMITED', detail, {
    headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });

/**
 * One counter per subject and clock hour: `ADD count :one` only while
 * `count < :max`, so concurrent requests can never pass the cap together. The
 * item expires a day after its hour (TTL).
 */
function hourlyCount(subject: string, hourMs: number, max: number, onFull: () => Error): Conditioned {
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.rateLimit(subject, hourOf(hourMs)),
        UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl)',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
        ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':max': max,
          ':ttl': Math.floor((nextHourMs(hourMs) + 25 * HOUR_MS) / 1000),
        },
      },
    },
    onConditionFailed: onFull,
  };
}

/** Counts of the last 24 hourly buckets of a subject, oldest first (one Query). */
async function lastDay(subject: string, nowMs: number) {
  const first = hourOf(nowMs - 23 * HOUR_MS);
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND SK >= :from',
      ExpressionAttributeValues: {
        ':pk': keys.rateLimit(subject, '').PK,
        ':from': keys.rateLimit(subject, first).SK,
      },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) => ({
    hour: String(item.SK).slice('WINDOW#'.length),
    count: Number(item.count ?? 0),
  }));
}

/**
 * Spends one invitation of `inviterId` in `orgId` to `email` against the three
 * caps, all or none (one transaction of conditional counter updates). Done
 * before the invitation is written, not inside its transaction: a request that
 * then fails for another reason (not registered, already a member) has still
 * used its allowance, which is what an abuse limit wants — probing which emails
 * are registered costs the same as inviting.
 *
 * The rolling day per (org, email) is 24 hourly buckets: the current bucket may
 * grow only while it stays under the cap minus the 23 before it (read first).
 * Older buckets no longer change, so the condition on the current one is exact
 * up to the hour granularity of the window.
 */
export async function spendInvitation(orgId: string, inviterId: string, email: string | undefined) {
  const limits = inviteLimits();
  const now = Date.now();
  const nextHourIn = (nextHourMs(now) - now) / 1000;
  const steps: Conditioned[] = [
    hourlyCount(`invite-inviter:${inviterId}`, now, limits.perInviterPerHour, () =>
      rateLimited(`You can send ${limits.perInviterPerHour} invitations an hour.`, nextHourIn),
    ),
    hourlyCount(`invite-org:${orgId}`, now, limits.perOrgPerHour, () =>
      rateLimited(`This organization can send ${limits.perOrgPerHour} invitations an hour.`, nextHourIn),
    ),
  ];
  if (email !== undefined) {
    const subject = `invite-email:${orgId}:${email}`;
    const buckets = await lastDay(subject, now);
    const current = hourOf(now);
    const earlier = buckets.filter((bucket) => bucket.hour !== current);
    const used = earlier.reduce((sum, bucket) => sum + bucket.count, 0);
    const oldest = earlier.find((bucket) => bucket.count > 0)?.hour;
    const freesAt = oldest ? Date.parse(`${oldest}:00:00.000Z`) + 24 * HOUR_MS : nextHourMs(now);
    steps.push(
      hourlyCount(subject, now, limits.perOrgEmailPerDay - used, () =>
        rateLimited(
          `This email can be invited ${limits.perOrgEmailPerDay} times a day by one organization, re-invites included.`,
          (Math.max(freesAt, now + 1000) - now) / 1000,
        ),
      ),
    );
  }
  await transactWrite(steps);
}
