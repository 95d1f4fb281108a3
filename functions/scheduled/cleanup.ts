import type { Context, ScheduledEvent } from 'aws-lambda';
import { detachAllPaymentMethods } from '../../shared/billing/detach-cards.ts';
import { cancelCustomerSubscriptions } from '../../shared/billing/subscriptions.ts';
import { deleteOrgObjects } from '../../shared/branding/storage.ts';
import { type DomainRechecks, recheckDueDomains } from '../../shared/domains/recheck.ts';
import { expireInvitation, findOverdueInvitations } from '../../shared/invitations/invitations.ts';
import { type DuePurges, purgeDueOrgs } from '../../shared/lifecycle/purge.ts';
import { componentLogger } from '../../shared/platform/logger.ts';

// not the HTTP logger: locally every handler shares one process (and the HTTP logger's request context)
const logger = componentLogger('cleanup');

/** Invitations per Query page (each expiry is one transaction; a page runs concurrently). */
const PAGE_SIZE = 25;
/** Leave this much of the invocation's time unused, and never run longer than MAX_BUDGET_MS. */
const SAFETY_MARGIN_MS = 10_000;
const MAX_BUDGET_MS = 50_000;
/** The Query limit grows past invitations already seen (see below) up to this. */
const MAX_QUERY_LIMIT = 1_000;

export interface CleanupResult {
  found: number;
  expired: number;
  /** no longer pending (accepted, revoked, expired meanwhile) or not yet overdue: nothing to do */
  skipped: number;
  failed: number;
  pages: number;
  outOfTime: boolean;
  /** organizations whose grace period is over */
  purges?: DuePurges;
  /** verified domains whose daily re-check was due */
  domains?: DomainRechecks;
}

/**
 * Expires overdue pending invitations (pending → expired, guard freed, audit
 * entry, `ttl` removed so TTL does not delete it too). Reads the sparse expiry
 * index with a Query (never a Scan), oldest first, page after page until none is
 * left or the time budget is spent; the next run continues.
 *
 * An expired invitation leaves the index, so each Query starts from the front
 * again. One that could not be expired stays in front: the ids seen in this run
 * are skipped, and the Query's limit grows by their number so they cannot starve
 * the ones behind them.
 */
export const handler = async (_event: ScheduledEvent, context: Context): Promise<CleanupResult> => {
  const budget = Math.min(MAX_BUDGET_MS, context.getRemainingTimeInMillis() - SAFETY_MARGIN_MS);
  const deadline = Date.now() + Math.max(budget, 1_000);
  const seen = new Set<string>();
  const result: CleanupResult = { found: 0, expired: 0, skipped: 0, failed: 0, pages: 0, outOfTime: false };

  while (true) {
    if (Date.now() >= deadline) {
      result.outOfTime = true;
      break;
    }
    const limit = Math.min(PAGE_SIZE + seen.size, MAX_QUERY_LIMIT);
    const page = await findOverdueInvitations(limit);
    result.pages++;
    const fresh = page.filter((invitation) => !seen.has(invitation.id));
    if (fresh.length === 0) break;
    result.found += fresh.length;
    const outcomes = await Promise.allSettled(
      fresh.map((invitation) => {
        seen.add(invitation.id);
        return expireInvitation(invitation);
      }),
    );
    outcomes.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') {
        if (outcome.value) result.expired++;
        else result.skipped++;
        return;
      }
      result.failed++;
      logger.error('cleanup: could not expire an invitation', {
        orgId: fresh[index]?.orgId,
        invitationId: fresh[index]?.id,
        error: outcome.reason,
      });
    });
    if (page.length < limit) break; // that was the last page
  }

  logger.info('cleanup: overdue invitations', { ...result });

  result.purges = await purgeDueOrgs({
    deadline,
    // the subscription ends with the purge (before its cards go: it would be charged to none)
    detachPaymentMethods: async (customerId) => {
      await cancelCustomerSubscriptions(customerId);
      return detachAllPaymentMethods(customerId);
    },
    deleteStoredObjects: deleteOrgObjects,
    onError: (orgId, error) => logger.error('cleanup: could not purge an organization', { orgId, error }),
  });
  if (result.purges.found > 0) logger.info('cleanup: organization purges', { ...result.purges });

  result.domains = await recheckDueDomains({
    deadline,
    onError: (domainId, error) => logger.error('cleanup: could not re-check a domain', { domainId, error }),
  });
  if (result.domains.found > 0) logger.info('cleanup: domain re-checks', { ...result.domains });
  return result;
};
