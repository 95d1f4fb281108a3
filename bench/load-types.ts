/** Messages between the bench and its load-generator worker (structured-clone safe). */
export interface LoadRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadJob {
  url: string;
  connections: number;
  /** seconds; ignored when `amount` is set */
  duration?: number;
  /** exact number of requests */
  amount?: number;
  /** seconds: stop an `amount` run early */
  maxSeconds?: number;
  /** sent in rotation: request i is requests[i % length] */
  requests: LoadRequest[];
}

export interface LoadOutcome {
  /** latencies of 2xx responses, ms (float) */
  latenciesMs: number[];
  /** from the first request to the last response */
  elapsedMs: number;
  /** requests sent: the first `sent` entries of `requests` (in rotation) were used */
  sent: number;
  responses: number;
  statusCounts: Record<string, number>;
  /** one response body per non-2xx status, truncated */
  errorSamples: Record<string, string>;
  errors: number;
  timeouts: number;
}

/** An outcome before any request (or the start of a sum of outcomes). */
export const emptyOutcome = (latenciesMs: number[] = []): LoadOutcome => ({
  latenciesMs,
  elapsedMs: 0,
  sent: 0,
  responses: 0,
  statusCounts: {},
  errorSamples: {},
  errors: 0,
  timeouts: 0,
});
