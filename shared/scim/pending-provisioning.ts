import { tableName } from '../platform/dynamo/client.ts';
import { keys } from '../platform/dynamo/keys.ts';
import type { TransactItem } from '../platform/dynamo/transact.ts';

/**
 * The provisioned users an email's person has yet to become (one item per email, a string set
 * of `orgId#scimUserId`). Written in the transaction that lists the user `invited` and in the
 * one that ends that (binding, deprovisioning), so it never disagrees with the roster entries.
 */
export interface PendingProvisioning {
  orgId: string;
  scimUserId: string;
}

const entryOf = ({ orgId, scimUserId }: PendingProvisioning) => `${orgId}#${scimUserId}`;

const change = (operation: 'ADD' | 'DELETE', email: string, pending: PendingProvisioning): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: keys.provisioningPending(email),
    UpdateExpression: `${operation} pending :entry`,
    ExpressionAttributeValues: { ':entry': new Set([entryOf(pending)]) },
  },
});

export const pendingAdded = (email: string, pending: PendingProvisioning) => change('ADD', email, pending);
export const pendingRemoved = (email: string, pending: PendingProvisioning) =>
  change('DELETE', email, pending);

/** The entries of a `provisioningPending` item as read (none when absent or emptied). */
export function pendingIn(item: Record<string, unknown> | undefined): PendingProvisioning[] {
  const set = item?.pending;
  if (!(set instanceof Set)) return [];
  return [...set].flatMap((entry) => {
    const [orgId, scimUserId] = String(entry).split('#');
    return orgId && scimUserId ? [{ orgId, scimUserId }] : [];
  });
}
