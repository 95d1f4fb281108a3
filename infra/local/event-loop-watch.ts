/**
 * Logs `event loop blocked` when this process's event loop answers a timer more than
 * `thresholdMs` late: the handlers, the gateway and the emulators share it, so a block
 * stalls every request at once (unlike a slow DynamoDB Local, which slows only its calls).
 */
export function watchEventLoop(log: (line: string) => void, thresholdMs = 2000): () => Promise<void> {
  const periodMs = 500;
  let expected = Date.now() + periodMs;
  const timer = setInterval(() => {
    const now = Date.now();
    const late = now - expected;
    if (late >= thresholdMs) log(`event loop blocked: a ${periodMs} ms timer fired ${late} ms late`);
    expected = now + periodMs;
  }, periodMs);
  timer.unref();
  return async () => clearInterval(timer);
}
