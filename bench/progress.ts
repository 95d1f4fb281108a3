const started = performance.now();

/** A progress line on stderr, with seconds since the bench started. */
export const progress = (line: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}\n`);
