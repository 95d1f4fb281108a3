/**
 * Tokens already verified by this container, so a client's next request with the same
 * token skips the signature check (its CPU is a large part of a warm request). An entry
 * lasts until the token's `exp` (with the verifier's clock tolerance) and at most
 * `MAX_AGE_MS`, no longer than jose keeps the issuer's keys; the oldest go first past
 * `MAX_ENTRIES`. The key includes the issuer settings, so a changed setting never
 * answers from the cache.
 */
const MAX_ENTRIES = 1000;
const MAX_AGE_MS = 5 * 60_000;

interface Entry<T> {
  value: T;
  expiresAtMs: number;
}

export class VerifiedTokens<T> {
  private readonly entries = new Map<string, Entry<T>>();

  get(key: string, nowMs = Date.now()): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAtMs > nowMs) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `value` until `validUntilMs` (the token's own limit), at most MAX_AGE_MS. */
  set(key: string, value: T, validUntilMs: number, nowMs = Date.now()): void {
    const expiresAtMs = Math.min(validUntilMs, nowMs + MAX_AGE_MS);
    if (expiresAtMs <= nowMs) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAtMs });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size() {
    return this.entries.size;
  }
}
