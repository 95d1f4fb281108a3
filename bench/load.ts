import { Worker } from 'node:worker_threads';
import type { LoadJob, LoadOutcome } from './load-types.ts';

type Reply = { ok: true; outcome: LoadOutcome } | { ok: false; error: string };

/**
 * autocannon in a worker thread, so the load generator does not share the event
 * loop with the in-process gateway and handlers it measures. The worker loads
 * TypeScript through tsx (worker threads do not inherit tsx's loader on Node 20).
 */
export function startLoadGenerator() {
  const workerUrl = new URL('./load-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(bootstrap, { eval: true });
  let queue: Promise<unknown> = Promise.resolve();

  const runOnce = (job: LoadJob) =>
    new Promise<LoadOutcome>((resolve, reject) => {
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      const onMessage = (reply: Reply) => {
        worker.off('error', onError);
        if (reply.ok) resolve(reply.outcome);
        else reject(new Error(`load generator: ${reply.error}`));
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(job);
    });

  return {
    /** One job at a time. */
    run(job: LoadJob): Promise<LoadOutcome> {
      const result = queue.then(() => runOnce(job));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await worker.terminate();
    },
  };
}

export type LoadGenerator = ReturnType<typeof startLoadGenerator>;
