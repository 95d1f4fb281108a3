import { isDeletionScheduled } from '../../../shared/orgs/domain/org.ts';
import { getOrg } from '../../../shared/orgs/orgs.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { apiKeysRoutes } from './routes.ts';

/** The platform's "who am I": the org and mode a key or session token acts for. The reference for every `/v1` route. */
export const handler = route(apiKeysRoutes.getPlatformOrganization, async ({ platform }) => {
  const { orgId, mode, permissions } = platform;
  if (platform.kind === 'apiKey') {
    const { orgName: name, keyId, keyName } = platform;
    return { body: { orgId, name, mode, via: 'apiKey', permissions, keyId, keyName } };
  }
  // a session token carries no name; its org is read (a deleted one ends the session at once)
  const org = await getOrg(orgId);
  if (!org || isDeletionScheduled(org)) {
    throw new ApiError('UNAUTHENTICATED', 'The organization of this session token is gone.');
  }
  return { body: { orgId, name: org.name, mode, via: 'orgSession', permissions, userId: platform.userId } };
});
