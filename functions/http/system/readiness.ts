import { readinessTimeoutMs, retryAfterSeconds } from '../../../shared/config/budgets.ts';
import { checkTable } from '../../../shared/data/readiness.ts';
import { route } from '../../../shared/http/route.ts';

/** Readiness, unlike /health: 200 when every dependency answers in time, else 503 naming the ones down. */
export const handler = route({ auth: false }, async () => {
  const checks = { dynamodb: await checkTable(readinessTimeoutMs()) };
  const ready = Object.values(checks).every((check) => check.status === 'up');
  return {
    status: ready ? 200 : 503,
    body: { status: ready ? 'ready' : 'unavailable', checks },
    headers: ready ? undefined : { 'retry-after': String(retryAfterSeconds()) },
  };
});
