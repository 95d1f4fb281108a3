import { describe, expect, it } from 'vitest';
import { withAsyncRetries } from '../../infra/local/async-retries.ts';

/** Runs `withAsyncRetries` (no pauses) on an attempt that fails its first `failures` calls. */
async function retried(failures: number) {
  const lines: string[] = [];
  let calls = 0;
  const attempt = async () => {
    calls += 1;
    if (calls <= failures) throw new Error(`boom ${calls}`);
  };
  await withAsyncRetries('checker', attempt, (line) => lines.push(line), [0, 0]);
  return { calls, lines };
}

describe('withAsyncRetries (the local stand-in for an async invocation’s retries)', () => {
  it('tries again after a failure and stops at the first success', async () => {
    const { calls, lines } = await retried(2);
    expect(calls).toBe(3);
    expect(lines).toEqual([
      'checker failed (attempt 1), retrying in 0 ms: Error: boom 1',
      'checker failed (attempt 2), retrying in 0 ms: Error: boom 2',
    ]);
  });

  it('gives up after the last retry, says so, and throws nothing', async () => {
    const { calls, lines } = await retried(Number.POSITIVE_INFINITY);
    expect(calls).toBe(3);
    expect(lines.at(-1)).toBe('checker failed 3 time(s), given up: Error: boom 3');
  });
});
