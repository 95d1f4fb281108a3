/**
 * Calls `onOrphaned` once when the process that started this one is gone. `npm start`
 * runs us under `sh`, and `kill -TERM <npm pid>` (what process managers and CI do)
 * ends npm and sh without passing the signal on: we notice by being re-parented.
 */
export function watchParent(onOrphaned: () => void, intervalMs = 250): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
