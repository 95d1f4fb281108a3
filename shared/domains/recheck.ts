import { dueRechecks, type RecheckResult, recheckDomain } from './domains.ts';

export interface DomainRechecks {
  found: number;
  outcomes: Record<RecheckResult, number>;
  failed: number;
  outOfTime: boolean;
}

const PAGE_SIZE = 25;

/**
 * The scheduled cleanup's daily re-check: verified domains whose check is due, oldest first,
 * from the sharded due-time index (one Query per shard, never a Scan), a page at a time until
 * none is due or the time budget is spent. Each check moves the domain's due time (a day on,
 * or an hour when the resolver did not answer), so a page never comes back in the same run;
 * a domain whose check failed is skipped for the rest of the run.
 */
export async function recheckDueDomains(options: {
  deadline: number;
  onError: (domainId: string, error: unknown) => void;
}): Promise<DomainRechecks> {
  const result: DomainRechecks = {
    found: 0,
    outcomes: { found: 0, missing: 0, unverified: 0, skipped: 0, unavailable: 0 },
    failed: 0,
    outOfTime: false,
  };
  const failed = new Set<string>();
  while (true) {
    if (Date.now() >= options.deadline) {
      result.outOfTime = true;
      break;
    }
    const limit = PAGE_SIZE + failed.size;
    const page = await dueRechecks(limit);
    const fresh = page.filter((record) => !failed.has(record.id));
    if (fresh.length === 0) break;
    result.found += fresh.length;
    const outcomes = await Promise.allSettled(fresh.map((record) => recheckDomain(record)));
    outcomes.forEach((outcome, index) => {
      const record = fresh[index];
      if (!record) return;
      if (outcome.status === 'fulfilled') {
        result.outcomes[outcome.value]++;
        return;
      }
      failed.add(record.id);
      result.failed++;
      options.onError(record.id, outcome.reason);
    });
    if (page.length < limit) break;
  }
  return result;
}
