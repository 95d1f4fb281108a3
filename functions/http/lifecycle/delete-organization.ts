import { scheduleDeletion } from '../../../shared/lifecycle/lifecycle.ts';
import { etagOf, isDeletionScheduled, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { ApiError, validationFailed } from '../../../shared/platform/errors.ts';
import { expectedVersion, staleVersion } from '../../../shared/platform/http/if-match.ts';
import { route } from '../../../shared/platform/http/route.ts';
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
  return scheduled(await scheduleDeletion(actor, org, expected));
});
