/** Strips the table's key attributes from a stored item. */
export function withoutKeys<T extends Record<string, unknown>>(item: T): Omit<T, KeyAttribute> {
  const { PK: _pk, SK: _sk, GSI1PK: _g1, GSI1SK: _g1s, GSI2PK: _g2, GSI2SK: _g2s, ttl: _ttl, ...rest } = item;
  return rest;
}

/** A stored item as the record it holds: without the table's keys and the item's `type`. */
export function recordOf<T>(item: Record<string, unknown>): T {
  const { type: _type, ...record } = withoutKeys(item);
  return record as unknown as T;
}

type KeyAttribute = 'PK' | 'SK' | 'GSI1PK' | 'GSI1SK' | 'GSI2PK' | 'GSI2SK' | 'ttl';

export const nowIso = () => new Date().toISOString();
/** Rounded up: a TTL must never fall before the moment it stands for. */
export const epochSeconds = (iso: string) => Math.ceil(Date.parse(iso) / 1000);
