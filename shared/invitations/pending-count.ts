import { roleHolderChange, withOrgPart } from '../members/role-holders.ts';
import { env } from '../platform/config/env.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { countedUpTo } from '../platform/dynamo/counters.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { answer, type Conditioned, type TransactStep, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError } from '../platform/errors.ts';

/** Pending invitations per org (`PENDING_INVITATION_LIMIT` overrides it, e.g. for tests). */
export const pendingInvitationLimit = () => env().PENDING_INVITATION_LIMIT;

/**
 * The org's pending-invitation counter, one up while below the limit, in the
 * transaction that creates the invitation: concurrent invitations never pass it together.
 */
export const pendingSlotTaken = (orgId: string): Conditioned => {
  const limit = pendingInvitationLimit();
  return countedUpTo(keys.pendingInvitationCount(orgId), limit, {
    absentAs: 0,
    onFull: () =>
      new ApiError(
        'PENDING_INVITATION_LIMIT_REACHED',
        `An organization can have at most ${limit} pending invitations. Revoke one, or wait until some are answered or expire.`,
      ),
  });
};

const NOTHING_COUNTED: unique symbol = Symbol('nothing counted');

/**
 * One down, never below zero: an invitation created before the counter existed
 * (or an org whose counter is already at zero) has nothing to release.
 */
const pendingSlotFreed = (orgId: string): Conditioned<typeof NOTHING_COUNTED> => ({
  item: {
    Update: {
      TableName: tableName(),
      Key: keys.pendingInvitationCount(orgId),
      UpdateExpression: 'SET #count = #count - :one',
      ConditionExpression: '#count > :zero',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
    },
  },
  onConditionFailed: () => answer(NOTHING_COUNTED),
});

export type ReleaseResult<A> = { committed: true; released: boolean } | { committed: false; answer: A };

/**
 * Runs `steps`, which take one invitation of `orgId` out of "pending" (its status
 * change conditioned on pending, so at most one such transaction commits per
 * invitation), with its slot freed in the same transaction.
 *
 * The decrement comes last: any other failed condition speaks first. When it alone
 * fails (the counter is absent or at zero: nothing was counted), the same steps run
 * again without it — their conditions are evaluated again, so the status change
 * still commits at most once.
 */
export async function releasingPendingSlot<A = never>(
  orgId: string,
  given: readonly TransactStep<A>[],
  /** the invitation's role: a custom role is no longer held by it (undefined: it moves on, as on accept) */
  releasedRole?: string,
): Promise<ReleaseResult<A>> {
  const steps = withOrgPart(
    given as TransactStep[],
    orgId,
    roleHolderChange(releasedRole, undefined),
  ) as TransactStep<A>[];
  const first = await transactWrite<A | typeof NOTHING_COUNTED>([...steps, pendingSlotFreed(orgId)]);
  if (first.committed) return { committed: true, released: true };
  if (first.answer !== NOTHING_COUNTED) return { committed: false, answer: first.answer as A };
  const again = await transactWrite<A>(steps);
  return again.committed ? { committed: true, released: false } : again;
}
