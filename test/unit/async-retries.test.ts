import { describe, expect, it } from 'vitest';
import { withAsyncRetries } from '../../infra/local/async-retries.ts';

describe('withAsyncRetries (the local stand-in for an async invocation’s retries)', () => {
  it('tries again after a failure and stops at the first success', async () => {
    const lines: string[] = [];
    let calls = 0;
    await withAsyncRetries(
      'checker',
      async () => {
        calls += 1;
        if (calls < 3) throw new Error(`boom ${calls}`);
      },
      (line) => lines.push(line),
      [0, 0],
    );
    expect(calls).toBe(3);
    expect(lines).toEqual([
      'checker failed (attempt 1), retrying in 0 ms: Error: boom 1',
      'checker failed (attempt 2), retrying in 0 ms: Error: boom 2',
    ]);
  });

  it('gives up after the last retry, says so, and throws nothing', async () => {
    const lines: string[] = [];
    let calls = 0;
    await withAsyncRetries(
      'checker',
      async () => {
        calls += 1;
        throw new Error('down');
      },
      (line) => lines.push(line),
      [0, 0],
    );
    expect(calls).toBe(3);
    expect(lines.at(-1)).toBe('checker failed 3 time(s), given up: Error: down');
  });
});
