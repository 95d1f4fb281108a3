import { route } from '../../../shared/platform/http/route.ts';
import { apiKeysRoutes } from './routes.ts';

/** The platform's "who am I": the org and mode a key acts for. The reference for every `/v1` route. */
export const handler = route(apiKeysRoutes.getPlatformOrganization, async ({ apiKey }) => ({
  body: {
    orgId: apiKey.orgId,
    name: apiKey.orgName,
    mode: apiKey.mode,
    keyId: apiKey.keyId,
    keyName: apiKey.keyName,
  },
}));
