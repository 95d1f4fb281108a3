import { mkdir, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { until } from './wait.ts';

/** Long enough for the other files that move the clock to finish theirs. */
const WAIT_MS = 240_000;

/**
 * The Stripe emulator's clock is one for the whole run: a file that advances it (renewals, retries,
 * proration) holds it from its first test to its last, so two such files never move it under each
 * other. A lock directory per stack (its emulator's port), shared by the test processes.
 */
export function holdStripeClock(): void {
  const lock = () => path.join(tmpdir(), `orgs-stripe-clock-${new URL(inject('stack').stripeUrl).port}`);
  let held = false;
  beforeAll(async () => {
    await until(
      () =>
        mkdir(lock()).then(
          () => true,
          (error: NodeJS.ErrnoException) => {
            if (error.code === 'EEXIST') return false;
            throw error;
          },
        ),
      (acquired) => acquired,
      "the Stripe emulator's clock (another file is moving it)",
      WAIT_MS,
    );
    held = true;
  }, WAIT_MS + 10_000);
  afterAll(async () => {
    if (held) await rmdir(lock());
  });
}
