import { securityPolicyOf } from '../../../shared/access/domain/security-policy.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { accessRoutes } from './routes.ts';

export const handler = route(accessRoutes.getSecurityPolicy, async ({ org }) => ({
  body: securityPolicyOf(org),
}));
