const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 10_000;

/**
 * Exponential backoff for a poller whose source (DynamoDB Local's stream) is
 * unreachable: 200 ms doubling to 10 s. It logs once when the source becomes
 * unreachable and once when it answers again, never once per attempt.
 */
export function sourceBackoff(log: (line: string) => void) {
  let failures = 0;
  return {
    /** the delay before the next attempt */
    failed(error: unknown): number {
      if (failures === 0) log(`stream poller: source unreachable (${String(error)}); backing off`);
      failures += 1;
      return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - 1));
    },
    succeeded(): void {
      if (failures > 0) log(`stream poller: source answers again after ${failures} failed attempts`);
      failures = 0;
    },
  };
}
