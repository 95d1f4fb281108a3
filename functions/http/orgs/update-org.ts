import { assertAccess } from '../../../shared/data/access.ts';
import { tryActivate } from '../../../shared/data/activation.ts';
import { getOrgAndMember, updateOrg } from '../../../shared/data/orgs.ts';
import { etagOf, toOrgResponse } from '../../../shared/domain/org.ts';
import { ApiError, notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { OrgIdParams, UpdateOrgSchema } from '../../../shared/schemas/orgs.ts';

/** `If-Match: "<version>"` (or `*`); without it the write still cannot overwrite a concurrent one unseen. */
function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(ifMatch);
  if (!match)
    throw new ApiError('PRECONDITION_FAILED', 'If-Match must be an ETag returned by GET /orgs/{orgId}.');
  return Number(match[1]);
}

export const handler = route(
  { params: OrgIdParams, body: UpdateOrgSchema },
  async ({ caller, params, body, headers }) => {
    const { org, member } = await getOrgAndMember(params.orgId, caller.userId);
    assertAccess(member, 'org:update');
    if (!org) throw notFound('Organization');
    const expected = expectedVersion(headers['if-match']);
    if (expected !== undefined && expected !== org.version) {
      throw new ApiError(
        'PRECONDITION_FAILED',
        'The organization changed since you read it. Fetch it and retry.',
      );
    }
    const updated = await updateOrg(member, org, body, org.version);
    // settings may be the last onboarding step to complete
    if (!org.settingsConfirmedAt && org.planSelectedAt && org.billingDetailsAt && org.paymentMethodAt) {
      await tryActivate(org.id, member.userId);
    }
    return { body: toOrgResponse(updated), headers: { etag: etagOf(updated) } };
  },
);
