import { getItem } from '../platform/dynamo/get-item.ts';
import { keys } from '../platform/dynamo/keys.ts';

/** What stays of a purged organization, for support. */
export interface Tombstone {
  id: string;
  deletedAt: string;
  /** who scheduled the deletion (a user id, or `operator:<name>`) */
  by: string;
}

export async function getTombstone(orgId: string): Promise<Tombstone | undefined> {
  const item = await getItem(keys.orgTombstone(orgId));
  return item
    ? { id: item.id as string, deletedAt: item.deletedAt as string, by: item.by as string }
    : undefined;
}

export const isPurged = async (orgId: string) => (await getTombstone(orgId)) !== undefined;
