import { readinessTimeoutMs, retryAfterSeconds } from '../../../shared/platform/config/budgets.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { checkTable } from '../../../shared/system/readiness.ts';
import { systemRoutes } from './routes.ts';

/**
 * Readiness, unlike /health: 200 when every dependency answers within its bounded
 * check, else 503 UNAVAILABLE whose detail names the ones down and why.
 */
export const handler = route(systemRoutes.getReadiness, async () => {
  const checks = { dynamodb: await checkTable(readinessTimeoutMs()) };
  const down = Object.entries(checks)
    .filter(([, check]) => check.status === 'down')
    .map(([name, check]) => `${name} is down (${check.reason})`);
  if (down.length > 0) {
    throw new ApiError('UNAVAILABLE', `Not ready: ${down.join('; ')}.`, {
      headers: { 'retry-after': String(retryAfterSeconds()) },
    });
  }
  return { body: { status: 'ready', checks } };
});
