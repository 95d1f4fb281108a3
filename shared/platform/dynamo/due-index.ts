import { table } from '../../../infra/table.ts';
import { queryFrom } from './query.ts';

/**
 * The `limit` entries of the sparse due-time index (GSI2) due longest before `now`, over
 * its partitions (the shards of one kind of entry): one Query per partition, never a
 * Scan. The oldest `limit` of all partitions are among the oldest `limit` of each.
 */
export async function oldestDue(
  partitions: readonly string[],
  now: string,
  limit: number,
): Promise<Record<string, unknown>[]> {
  const pages = await Promise.all(
    partitions.map(async (partition) => {
      const page = await queryFrom(
        {
          key: {
            index: table.indexes.byDue.name,
            expression: 'GSI2PK = :pk AND GSI2SK < :now',
            values: { ':pk': partition, ':now': now },
          },
          limit,
        },
        undefined,
      );
      return page.items;
    }),
  );
  return (
    pages
      .flat()
      // byte order, as the index sorts
      .sort((a, b) => (String(a.GSI2SK) < String(b.GSI2SK) ? -1 : 1))
      .slice(0, limit)
  );
}
