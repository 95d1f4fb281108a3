import { describe, expect, it } from 'vitest';
import { VerifiedTokens } from '../../shared/platform/http/verified-tokens.ts';

describe('verified tokens cache', () => {
  const now = 1_000_000;

  it('answers a token until its own limit, then forgets it', () => {
    const cache = new VerifiedTokens<string>();
    cache.set('a', 'caller-a', now + 10_000, now);
    expect(cache.get('a', now + 9_999)).toBe('caller-a');
    expect(cache.get('a', now + 10_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing already expired, and nothing longer than five minutes', () => {
    const cache = new VerifiedTokens<string>();
    cache.set('expired', 'x', now - 1, now);
    expect(cache.get('expired', now)).toBeUndefined();
    cache.set('long', 'y', now + 3_600_000, now);
    expect(cache.get('long', now + 5 * 60_000 - 1)).toBe('y');
    expect(cache.get('long', now + 5 * 60_000)).toBeUndefined();
  });

  it('holds at most 1,000 tokens, dropping the oldest first', () => {
    const cache = new VerifiedTokens<number>();
    for (let i = 0; i <= 1000; i++) cache.set(`t${i}`, i, now + 60_000, now);
    expect(cache.size).toBe(1000);
    expect(cache.get('t0', now)).toBeUndefined();
    expect(cache.get('t1', now)).toBe(1);
    expect(cache.get('t1000', now)).toBe(1000);
  });
});
