import { listPricedPlans } from '../../../shared/billing/plan-prices.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { systemRoutes } from './routes.ts';

export const handler = route(systemRoutes.listPlans, async () => ({
  body: await listPricedPlans(),
  headers: { 'cache-control': 'public, max-age=300' },
}));
