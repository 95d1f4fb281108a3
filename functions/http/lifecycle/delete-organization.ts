import { setCancelAtPeriodEnd } from '../../../shared/billing/subscriptions.ts';
import { scheduleDeletion } from '../../../shared/lifecycle/lifecycle.ts';
import { etagOf, isDeletionScheduled, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { ApiError, validationFailed } from '../../../shared/platform/errors.ts';
import { expectedVersion, staleVersion } from '../../../shared/platform/http/if-match.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { logger } from '../../../shared/platform/logger.ts';
import { lifecycleRoutes } from './routes.ts';

const scheduled = (org: Parameters<typeof toOrgResponse>[0]) => ({
  status: 202,
  body: toOrgResponse(org),
  headers: { etag: etagOf(org) },
});

export const handler = route(lifecycleRoutes.deleteOrganization, async ({ actor, org, body, headers }) => {
  // a retry of a DELETE that lost its answer: already done
  if (isDeletionScheduled(org)) return scheduled(org);
  const expected = expectedVersion(headers['if-match']);
  if (expected === undefined)
    throw new ApiError('PRECONDITION_FAILED', 'Send If-Match with the ETag of GET /orgs/{orgId}.');
  if (expected !== org.version) throw staleVersion();
  if (body.confirmName !== org.name)
    throw validationFailed([{ path: 'confirmName', message: 'Must equal the organization’s name.' }]);
  const deleted = await scheduleDeletion(actor, org, expected);
  // the subscription ends with its period unless the org is restored (a Stripe failure: the cleanup's purge cancels it)
  await setCancelAtPeriodEnd(org.id, true, actor.userId).catch((error: unknown) =>
    logger.error('subscription not set to cancel at period end', { orgId: org.id, error }),
  );
  return scheduled(deleted);
});
