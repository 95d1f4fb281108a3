/**
 * Plays an asynchronous Lambda invocation's retries (deployed: EventBridge retries the target and
 * Lambda retries a failed async invocation twice, minutes apart): a failed attempt is logged and
 * tried again after `delaysMs`; the last failure is logged as given up. Nothing is thrown.
 */
export async function withAsyncRetries(
  what: string,
  attempt: () => Promise<void>,
  log: (line: string) => void,
  delaysMs: readonly number[] = [1000, 2000],
): Promise<void> {
  for (let n = 0; ; n++) {
    try {
      await attempt();
      return;
    } catch (error) {
      const delay = delaysMs[n];
      if (delay === undefined) {
        log(`${what} failed ${n + 1} time(s), given up: ${String(error)}`);
        return;
      }
      log(`${what} failed (attempt ${n + 1}), retrying in ${delay} ms: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
