import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/dynamo/client.ts';
import { keys } from '../platform/dynamo/keys.ts';

/** What stays of a purged organization, for support. */
export interface Tombstone {
  id: string;
  deletedAt: string;
  /** who scheduled the deletion (a user id, or `operator:<name>`) */
  by: string;
}

export async function getTombstone(orgId: string): Promise<Tombstone | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.orgTombstone(orgId), ConsistentRead: true }),
  );
  return Item
    ? { id: Item.id as string, deletedAt: Item.deletedAt as string, by: Item.by as string }
    : undefined;
}

export const isPurged = async (orgId: string) => (await getTombstone(orgId)) !== undefined;
