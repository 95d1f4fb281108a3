import { describe, expect, it } from 'vitest';
import { watchEventLoop } from '../../infra/local/event-loop-watch.ts';

describe('the local stack’s event-loop watch', () => {
  it('says how late its timer fired when the event loop was blocked, and nothing while it is not', async () => {
    const lines: string[] = [];
    let reported: (line: string) => void = () => {};
    const next = new Promise<string>((resolve) => {
      reported = resolve;
    });
    const stop = watchEventLoop((line) => {
      lines.push(line);
      reported(line);
    }, 300);
    // an idle loop: a few ticks pass without a line
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(lines).toEqual([]);
    const until = Date.now() + 1200;
    while (Date.now() < until) {
      // the event loop is blocked: no timer fires
    }
    const line = await next;
    await stop();
    const late = Number(/fired (\d+) ms late/.exec(line)?.[1]);
    expect(line).toMatch(/^event loop blocked: a 500 ms timer fired \d+ ms late$/);
    expect(late).toBeGreaterThanOrEqual(300);
    expect(lines).toHaveLength(1);
  });
});
