import { retryScale } from './config.ts';

/** Delays before the 2nd, 3rd, ... attempt (the contract's schedule): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

/** Attempts in all: the first plus one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * The delay after failed attempt number `attempt` (1-based), or undefined when the
 * schedule is exhausted. ±20 % jitter spreads retries of many deliveries that failed together.
 */
export function retryDelayMs(
  attempt: number,
  random = Math.random,
  scale = retryScale(),
): number | undefined {
  const base = RETRY_DELAYS_MS[attempt - 1];
  if (base === undefined) return undefined;
  return Math.max(1, Math.round(base * scale * (0.8 + 0.4 * random())));
}
