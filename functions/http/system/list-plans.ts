import { listPlans } from '../../../shared/billing/domain/plans.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { systemRoutes } from './routes.ts';

export const handler = route(systemRoutes.listPlans, async () => ({
  body: listPlans(),
  headers: { 'cache-control': 'public, max-age=300' },
}));
