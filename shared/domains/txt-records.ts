import { Resolver } from 'node:dns/promises';
import { env } from '../platform/config/env.ts';
import { unavailable } from '../platform/dependency-faults.ts';
import { logger } from '../platform/logger.ts';

/**
 * TXT records through Node's resolver (c-ares), asking `DNS_SERVERS` (comma-separated
 * `host[:port]`; unset: the system's resolvers), each query within `DNS_TIMEOUT_MS` per try.
 * A name that does not exist or holds no TXT record is an answer (no records); a resolver that
 * does not answer, refuses or fails is a 503 with Retry-After — never "not verified".
 */

/** What the resolver says when the name has no TXT record: an answer, not a fault. */
const NO_RECORDS = new Set(['ENOTFOUND', 'ENODATA', 'NOTFOUND', 'NODATA']);

let cached: { key: string; resolver: Resolver } | undefined;

function resolver(): Resolver {
  const { DNS_SERVERS, DNS_TIMEOUT_MS, DNS_TRIES } = env();
  const key = `${DNS_SERVERS ?? ''}|${DNS_TIMEOUT_MS}|${DNS_TRIES}`;
  if (cached?.key === key) return cached.resolver;
  const created = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES });
  const servers = (DNS_SERVERS ?? '')
    .split(',')
    .map((server) => server.trim())
    .filter(Boolean);
  if (servers.length > 0) created.setServers(servers);
  cached = { key, resolver: created };
  return created;
}

/** The TXT values at `name` (each record's chunks joined), [] when there are none. */
export async function txtRecords(name: string): Promise<string[]> {
  try {
    const records = await resolver().resolveTxt(name);
    return records.map((chunks) => chunks.join(''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (NO_RECORDS.has(code)) return [];
    logger.warn('dns lookup failed', { name, code });
    throw unavailable(code === 'ETIMEOUT' ? 'timeout' : 'unreachable');
  }
}
