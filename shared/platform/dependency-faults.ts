import { retryAfterSeconds } from './config/budgets.ts';
import { ApiError } from './errors.ts';

/** AWS answers that mean "busy, try again" once the SDK's own retries are spent. */
const busyNames = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionCanceledException',
  'TransactionInProgressException',
  'InternalServerError',
  'ServiceUnavailable',
  'LimitExceededException',
]);

/** Socket errors of a dependency that is down or unreachable. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

export type DependencyFault = 'busy' | 'timeout' | 'unreachable';

/**
 * Whether an error is a dependency's fault (not ours, not the client's): throttled or
 * failing on its side, slower than its budget (the SDK's TimeoutError, the middleware's
 * early timeout), or unreachable. Those are 503s, never 500s.
 */
export function dependencyFault(error: unknown): DependencyFault | undefined {
  if (!(error instanceof Error)) return undefined;
  if (busyNames.has(error.name)) return 'busy';
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
  const { code, $fault } = error as { code?: unknown; $fault?: unknown };
  if (typeof code === 'string' && networkCodes.has(code)) return 'unreachable';
  if (error instanceof AggregateError && error.errors.some((inner) => dependencyFault(inner))) {
    return 'unreachable';
  }
  // any other 5xx of an AWS service
  if ($fault === 'server') return 'busy';
  return undefined;
}

const details: Record<DependencyFault, string> = {
  busy: 'The service is busy. Retry shortly.',
  timeout:
    'A service this request depends on did not answer in time. Retry shortly; a POST retried with the same Idempotency-Key answers with its outcome if it was carried out.',
  unreachable:
    'A service this request depends on is unreachable. Retry shortly; a POST retried with the same Idempotency-Key answers with its outcome if it was carried out.',
};

/** 503 UNAVAILABLE with Retry-After. */
export const unavailable = (fault: DependencyFault) =>
  new ApiError('UNAVAILABLE', details[fault], { headers: { 'retry-after': String(retryAfterSeconds()) } });
