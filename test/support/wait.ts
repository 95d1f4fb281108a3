/** Re-reads until `done` holds or the deadline passes (then fails with the last value). */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  // a deadline for a stalled pipeline, not a speed check (the bench measures speed): on 2 loaded
  // cores a webhook retried after a 503 or an email behind a burst takes tens of seconds
  deadlineMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${deadlineMs} ms for ${what}; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
