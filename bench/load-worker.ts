import { parentPort } from 'node:worker_threads';
import autocannon from 'autocannon';
import { emptyOutcome, type LoadJob, type LoadOutcome } from './load-types.ts';

/** Runs one autocannon job; every response's latency is kept exactly (autocannon's histogram rounds to ms). */
function run(job: LoadJob): Promise<LoadOutcome> {
  const outcome = emptyOutcome();
  let next = 0;
  const started = performance.now();
  let lastResponse = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        ...(job.amount === undefined ? { duration: job.duration ?? 3 } : { amount: job.amount }),
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const template = job.requests[next++ % job.requests.length];
              if (!template) return request;
              return {
                ...request,
                method: template.method as autocannon.Request['method'],
                path: template.path,
                headers: { ...request.headers, ...template.headers },
                ...(template.body === undefined ? {} : { body: template.body }),
              };
            },
            onResponse: (status, body) => {
              if (status >= 300 && outcome.errorSamples[status] === undefined) {
                outcome.errorSamples[status] = String(body).slice(0, 300);
              }
            },
          },
        ],
      },
      (error, result) => {
        clearTimeout(cap);
        if (error) return reject(error);
        // in a worker thread autocannon hands back its raw counters, not the aggregated result
        outcome.errors = result.errors;
        outcome.timeouts = result.timeouts;
        outcome.elapsedMs = lastResponse - started;
        outcome.sent = next;
        resolve(outcome);
      },
    );
    const cap =
      job.amount !== undefined && job.maxSeconds !== undefined
        ? setTimeout(() => instance.stop(), job.maxSeconds * 1000)
        : undefined;
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      lastResponse = performance.now();
      outcome.responses++;
      outcome.statusCounts[statusCode] = (outcome.statusCounts[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) outcome.latenciesMs.push(responseTime);
    });
  });
}

parentPort?.on('message', (job: LoadJob) => {
  run(job).then(
    (outcome) => parentPort?.postMessage({ ok: true, outcome }),
    (error) => parentPort?.postMessage({ ok: false, error: String(error) }),
  );
});
