import { route } from '../../../shared/platform/http/route.ts';
import { serviceProviderConfig } from '../../../shared/scim/discovery.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.getScimServiceProviderConfig, async ({ event }) =>
  scimResult(serviceProviderConfig(scimBaseUrl(event))),
);
