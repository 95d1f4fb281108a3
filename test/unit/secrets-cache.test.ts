/**
 * The secret cache's policy, on a fake clock and an injected fetch (Secrets Manager itself
 * cannot run here): max age, never an empty value from the cache, a failed read not kept,
 * and a missing secret as 503 with a log line and a metric.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SECRET_MAX_AGE_MS,
  SECRET_UNAVAILABLE_METRIC,
  secretCache,
} from '../../shared/platform/config/secrets.ts';
import { ApiError } from '../../shared/platform/errors.ts';
import { METRIC_NAMESPACE } from '../../shared/platform/metrics.ts';

/** A stand-in secret whose document the test changes, counting reads. */
function store(initial: Record<string, string>) {
  const state = { document: initial, reads: 0, fail: false };
  const fetch = vi.fn(async () => {
    state.reads += 1;
    if (state.fail) throw new Error('AccessDenied');
    return { ...state.document };
  });
  return { state, get: secretCache({ fetch }) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('secretCache', () => {
  it('reads once, serves from the cache within the max age, and sees a rotation after it', async () => {
    const { state, get } = store({ stripeSecretKey: 'sk_1', cursorSecret: 'c' });
    expect(await get('stripeSecretKey')).toBe('sk_1');
    state.document = { ...state.document, stripeSecretKey: 'sk_2' };
    vi.advanceTimersByTime(SECRET_MAX_AGE_MS - 1);
    expect(await get('stripeSecretKey')).toBe('sk_1');
    expect(await get('cursorSecret')).toBe('c');
    expect(state.reads).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await get('stripeSecretKey')).toBe('sk_2');
    expect(state.reads).toBe(2);
  });

  it('never serves an empty placeholder from the cache: the value set meanwhile is read at once', async () => {
    const { state, get } = store({ cursorSecret: 'c', stripeSecretKey: '' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(get('stripeSecretKey')).rejects.toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    expect(await get('cursorSecret')).toBe('c'); // other values are still cached
    expect(state.reads).toBe(1);
    state.document = { ...state.document, stripeSecretKey: 'sk_live' };
    expect(await get('stripeSecretKey')).toBe('sk_live'); // no wait for the max age
    expect(state.reads).toBe(2);
  });

  it('answers a missing secret with 503 UNAVAILABLE, an error line naming it and a metric, never its value', async () => {
    const { get } = store({ cursorSecret: 'c-value' });
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => {
      lines.push(line);
    });
    const error = await get('stripeWebhookSecret').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503 });
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0] as string);
    expect(logged).toMatchObject({ level: 'ERROR', secret: 'stripeWebhookSecret', SecretUnavailable: 1 });
    expect(logged.message).toMatch(/stripeWebhookSecret is not set/);
    expect(logged._aws.CloudWatchMetrics[0]).toEqual({
      Namespace: METRIC_NAMESPACE,
      Dimensions: [[]],
      Metrics: [{ Name: SECRET_UNAVAILABLE_METRIC, Unit: 'Count' }],
    });
    expect(lines[0]).not.toContain('c-value');
  });

  it('does not keep a failed read, and concurrent reads share one fetch', async () => {
    const { state, get } = store({ cursorSecret: 'c' });
    state.fail = true;
    await expect(get('cursorSecret')).rejects.toThrow('AccessDenied');
    state.fail = false;
    const values = await Promise.all([get('cursorSecret'), get('cursorSecret'), get('cursorSecret')]);
    expect(values).toEqual(['c', 'c', 'c']);
    expect(state.reads).toBe(2);
  });

  it('keeps the last good document when the max age passes only until the next read', async () => {
    const { state, get } = store({ cursorSecret: 'c1' });
    await get('cursorSecret');
    vi.advanceTimersByTime(SECRET_MAX_AGE_MS * 3);
    state.document = { cursorSecret: 'c2' };
    expect(await get('cursorSecret')).toBe('c2');
    expect(await get('cursorSecret')).toBe('c2');
    expect(state.reads).toBe(2);
  });
});
