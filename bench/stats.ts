/** Latency and throughput summaries shared by every scenario. */
export interface LatencySummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  elapsedMs: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(latenciesMs: readonly number[], elapsedMs: number, completed = latenciesMs.length) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: completed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    perSecond: elapsedMs > 0 ? (completed * 1000) / elapsedMs : 0,
    elapsedMs,
  } satisfies LatencySummary;
}

/**
 * Runs `task(i)` with at most `concurrency` in flight until `total` tasks ran or
 * `durationMs` passed (whichever comes first); every task is timed.
 */
export async function boundedLoop(
  options: { concurrency: number; total?: number; durationMs?: number },
  task: (index: number) => Promise<unknown>,
): Promise<{ latenciesMs: number[]; elapsedMs: number; failures: number; firstError?: unknown }> {
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstError: unknown;
  let next = 0;
  const started = performance.now();
  const deadline = options.durationMs === undefined ? Number.POSITIVE_INFINITY : started + options.durationMs;
  const total = options.total ?? Number.POSITIVE_INFINITY;
  const lane = async () => {
    while (next < total && performance.now() < deadline) {
      const index = next++;
      const t0 = performance.now();
      try {
        await task(index);
        latenciesMs.push(performance.now() - t0);
      } catch (error) {
        failures++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  return { latenciesMs, elapsedMs: performance.now() - started, failures, firstError };
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** to a tenth of a millisecond */
export const round = (ms: number) => Math.round(ms * 10) / 10;
