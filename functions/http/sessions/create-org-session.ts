import { route } from '../../../shared/platform/http/route.ts';
import { issueOrgSession } from '../../../shared/sessions/tokens.ts';
import { sessionsRoutes } from './routes.ts';

export const handler = route(sessionsRoutes.createOrgSession, async ({ actor, org, caller }) => ({
  status: 201,
  body: await issueOrgSession(actor, org, caller.email ?? ''),
}));
