import { putSecurityPolicy } from '../../../shared/access/security-policy.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { accessRoutes } from './routes.ts';

export const handler = route(accessRoutes.putSecurityPolicy, async ({ actor, org, caller, body }) => ({
  body: await putSecurityPolicy(actor, org, caller, body),
}));
