import { env } from './config/env.ts';
import { tableName } from './dynamo/client.ts';
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

type Item = Record<string, unknown>;

/** Hour attributes of an email's day window: `h:<YYYY-MM-DDTHH>` → count. */
const HOUR_PREFIX = 'h:';

/**
 * The item that counts one (org, email)'s invitations over a rolling day: one attribute
 * per clock hour. Read with the request (`RouteOptions.readWithAccess`), so spending
 * needs no read of its own.
 */
export const invitationWindowKey = (orgId: string, email: string) =>
  keys.rateLimit(`invite-email:${orgId}:${email}`, 'DAY');

/**
 * The rolling day per (org, email): the current hour may grow only while it stays under
 * the cap minus the 23 hours before it, as read. Earlier hours no longer change, so the
 * condition on the current one is exact up to the hour granularity of the window. Hours
 * older than the window are removed in the same update. Answers 429 at once when the
 * read already shows the day used up.
 */
function emailDay(window: Item | undefined, key: ReturnType<typeof invitationWindowKey>, nowMs: number) {
  const max = inviteLimits().perOrgEmailPerDay;
  const current = hourOf(nowMs);
  const first = hourOf(nowMs - 23 * HOUR_MS);
  const hours = Object.entries(window ?? {})
    .filter(([name]) => name.startsWith(HOUR_PREFIX))
    .map(([name, count]) => ({ hour: name.slice(HOUR_PREFIX.length), count: Number(count ?? 0) }))
    .sort((a, b) => a.hour.localeCompare(b.hour));
  const earlier = hours.filter(({ hour }) => hour >= first && hour < current);
  const stale = hours.filter(({ hour }) => hour < first);
  const used = earlier.reduce((sum, { count }) => sum + count, 0);
  const oldest = earlier.find(({ count }) => count > 0)?.hour;
  const freesAt = oldest ? Date.parse(`${oldest}:00:00.000Z`) + 24 * HOUR_MS : nextHourMs(nowMs);
  const full = () =>
    rateLimited(
      `This email can be invited ${max} times a day by one organization, re-invites included.`,
      (Math.max(freesAt, nowMs + 1000) - nowMs) / 1000,
    );
  const allowed = max - used;
  const inCurrent = hours.find(({ hour }) => hour === current)?.count ?? 0;
  if (inCurrent >= allowed) throw full();
  const names: Record<string, string> = { '#cur': `${HOUR_PREFIX}${current}`, '#ttl': 'ttl' };
  stale.forEach(({ hour }, i) => {
    names[`#s${i}`] = `${HOUR_PREFIX}${hour}`;
  });
  const remove = stale.length > 0 ? ` REMOVE ${stale.map((_, i) => `#s${i}`).join(', ')}` : '';
  return {
    item: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET #cur = if_not_exists(#cur, :zero) + :one, #ttl = :ttl${remove}`,
        ConditionExpression: 'attribute_not_exists(#cur) OR #cur < :allowed',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':zero': 0,
          ':one': 1,
          ':allowed': allowed,
          ':ttl': Math.floor((nextHourMs(nowMs) + 24 * HOUR_MS) / 1000),
        },
      },
    },
    onConditionFailed: full,
  } satisfies Conditioned;
}

/**
 * Transaction items that spend one invitation of `inviterId` in `orgId` to `email`
 * against the three caps (conditional counter updates, so concurrent requests can never
 * pass a cap together). `window` is the item of `invitationWindowKey(orgId, email)`, read
 * consistently with the request. Put them in the invitation's own transaction: a refusal
 * of the invitation (already pending, already a member, the pending cap) then spends
 * nothing, and a spent allowance always means something was sent. Answers that must cost
 * an allowance on their own (not registered: probing which emails are registered is
 * throttled like inviting) commit these alone.
 */
export function invitationSpend(
  orgId: string,
  inviterId: string,
  email: string,
  window: Item | undefined,
  nowMs = Date.now(),
): Conditioned[] {
  const limits = inviteLimits();
  const nextHourIn = (nextHourMs(nowMs) - nowMs) / 1000;
  return [
    hourlyCount(`invite-inviter:${inviterId}`, nowMs, limits.perInviterPerHour, () =>
      rateLimited(`You can send ${limits.perInviterPerHour} invitations an hour.`, nextHourIn),
    ),
    hourlyCount(`invite-org:${orgId}`, nowMs, limits.perOrgPerHour, () =>
      rateLimited(`This organization can send ${limits.perOrgPerHour} invitations an hour.`, nextHourIn),
    ),
    emailDay(window, invitationWindowKey(orgId, email), nowMs),
  ];
}

/** Commits a spend on its own (an answer that costs an allowance though nothing is sent). */
export async function spendAlone(steps: Conditioned[]) {
  await transactWrite(steps);
}
