import { tryActivate } from '../../../shared/billing/activation.ts';
import { accessOf } from '../../../shared/members/access.ts';
import { etagOf, type OrgRecord, toOrgResponse } from '../../../shared/orgs/domain/org.ts';
import { updateOrg } from '../../../shared/orgs/orgs.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import type { Caller } from '../../../shared/platform/http/auth.ts';
import { expectedVersion } from '../../../shared/platform/http/if-match.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { orgsRoutes } from './routes.ts';

/** Without If-Match a lost version race is retried on a fresh read; with it, it is the client's 412. */
const ATTEMPTS_WITHOUT_IF_MATCH = 4;

/** A retry after a lost race reads the membership and the org again, as `route()` did first. */
async function readForUpdate(orgId: string, caller: Caller) {
  const { org, member } = await accessOf(orgId, caller, 'org:settings');
  return { org, member };
}

export const handler = route(orgsRoutes.updateOrganization, async (request) => {
  const { caller, params, body, headers } = request;
  const expected = expectedVersion(headers['if-match']);
  for (let attempt = 1; ; attempt++) {
    const { org, member } =
      attempt === 1 ? { org: request.org, member: request.actor } : await readForUpdate(params.orgId, caller);
    if (expected !== undefined && expected !== org.version) {
      throw new ApiError(
        'PRECONDITION_FAILED',
        'The organization changed since you read it. Fetch it and retry.',
      );
    }
    let updated: OrgRecord;
    try {
      updated = await updateOrg(member, org, body, org.version);
    } catch (error) {
      const lostRace = error instanceof ApiError && error.code === 'PRECONDITION_FAILED';
      if (lostRace && expected === undefined && attempt < ATTEMPTS_WITHOUT_IF_MATCH) continue;
      if (lostRace && expected === undefined) {
        throw new ApiError('CONFLICT', 'The organization is being changed concurrently. Retry.');
      }
      throw error;
    }
    // the first settings change may complete onboarding (the other facts may have landed after the read)
    if (org.mode === 'sandbox' && !org.settingsConfirmedAt) await tryActivate(org.id, member.userId);
    return { body: toOrgResponse(updated), headers: { etag: etagOf(updated) } };
  }
});
