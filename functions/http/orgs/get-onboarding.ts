import { onboardingOf } from '../../../shared/orgs/domain/onboarding.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { orgsRoutes } from './routes.ts';

export const handler = route(orgsRoutes.getOnboarding, async ({ org }) => ({ body: onboardingOf(org) }));
