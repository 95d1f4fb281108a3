import { route } from '../../../shared/platform/http/route.ts';
import { resourceTypes } from '../../../shared/scim/discovery.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.listScimResourceTypes, async ({ event }) =>
  scimResult(resourceTypes(scimBaseUrl(event))),
);
