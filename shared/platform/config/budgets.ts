import { env } from './env.ts';

/**
 * Time budgets of every call to a dependency (DynamoDB, SES, Stripe). Deployed, an API
 * function has API_FUNCTION_TIMEOUT_MS (10 s) and API Gateway's integration ~30 s: a call
 * that keeps failing gives up after `maxAttempts × requestTimeoutMs` plus the SDK's
 * backoff (defaults: 3 × 2.5 s + < 1 s), so the API answers 503 well inside both.
 * The environment shortens them (fault tests, the bench).
 */
export interface DependencyBudget {
  /** to establish a TCP connection */
  connectionTimeoutMs: number;
  /** from sending a request to its complete answer, per attempt */
  requestTimeoutMs: number;
  /** attempts in total, with the SDK's exponential backoff and jitter between them */
  maxAttempts: number;
}

export const dynamodbBudget = (): DependencyBudget => ({
  connectionTimeoutMs: env().DYNAMODB_CONNECT_TIMEOUT_MS,
  requestTimeoutMs: env().DYNAMODB_REQUEST_TIMEOUT_MS,
  maxAttempts: env().DYNAMODB_MAX_ATTEMPTS,
});

export const sesBudget = (): DependencyBudget => ({
  connectionTimeoutMs: env().SES_CONNECT_TIMEOUT_MS,
  requestTimeoutMs: env().SES_REQUEST_TIMEOUT_MS,
  maxAttempts: env().SES_MAX_ATTEMPTS,
});

/** The Stripe SDK has one timeout per request and counts retries, not attempts. */
export const stripeBudget = () => ({
  timeoutMs: env().STRIPE_TIMEOUT_MS,
  maxNetworkRetries: env().STRIPE_MAX_ATTEMPTS - 1,
});

/** The AWS SDK's request handler options for a budget: a request past its time is an error, not a warning. */
export const awsRequestHandler = (budget: DependencyBudget) => ({
  connectionTimeout: budget.connectionTimeoutMs,
  requestTimeout: budget.requestTimeoutMs,
  throwOnRequestTimeout: true,
});

/** Deployed timeout of an API function; the local gateway gives its invocations the same. */
export const apiFunctionTimeoutMs = () => env().API_FUNCTION_TIMEOUT_MS;

/** The API answers 503 this long before its function's timeout, instead of being cut off. */
export const earlyTimeoutMs = () => env().EARLY_TIMEOUT_MS;

/** What a 503 tells clients to wait before retrying. */
export const retryAfterSeconds = () => env().RETRY_AFTER_SECONDS;

/** How long readiness waits for each dependency (one attempt). */
export const readinessTimeoutMs = () => env().READINESS_TIMEOUT_MS;
