import { listPlans } from '../../../shared/billing/domain/plans.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ auth: false }, async () => ({
  body: listPlans(),
  headers: { 'cache-control': 'public, max-age=300' },
}));
