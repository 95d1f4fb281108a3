import { route } from '../../../shared/platform/http/route.ts';
import { schemas } from '../../../shared/scim/discovery.ts';
import { scimBaseUrl, scimResult } from '../../../shared/scim/http.ts';
import { scimRoutes } from './routes.ts';

export const handler = route(scimRoutes.listScimSchemas, async ({ event }) =>
  scimResult(schemas(scimBaseUrl(event))),
);
