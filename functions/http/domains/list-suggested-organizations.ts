import { suggestedOrganizations } from '../../../shared/domains/join-requests.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { domainsRoutes } from './routes.ts';

export const handler = route(domainsRoutes.listSuggestedOrganizations, async ({ caller }) => ({
  body: { items: await suggestedOrganizations(caller) },
}));
