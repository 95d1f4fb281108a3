/**
 * The cold path of a new container, as Lambda runs it: a fresh Node process imports the
 * built GET /me bundle (init), then handles its first request, which fetches the issuer's
 * JWKS and opens the DynamoDB connection, then a second (warm) one. With and without the
 * JWKS prefetch during init (`AUTH_JWKS_PREFETCH`), interleaved, the local issuer as IdP.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { meRoutes } from '../functions/http/me/routes.ts';
import { projectRoot } from '../infra/local/handler-loader.ts';
import { lambdaBundling } from './lambda-bundling.ts';
import { progress } from './progress.ts';
import { median, round } from './stats.ts';

const run = promisify(execFile);
const OUT_DIR = path.join(projectRoot, '.bench-bundles', 'cold');
const SAMPLES = 7;
const BANNER =
  "import { createRequire as __orgsCreateRequire } from 'node:module'; const require = __orgsCreateRequire(import.meta.url);";

export interface ColdSample {
  importMs: number;
  firstMs: number;
  secondMs: number;
  totalMs: number;
}

const event = (token: string) => ({
  version: '2.0',
  routeKey: 'GET /me',
  rawPath: '/me',
  rawQueryString: '',
  headers: { authorization: `Bearer ${token}` },
  requestContext: { http: { method: 'GET', path: '/me' }, requestId: 'cold', routeKey: 'GET /me' },
  isBase64Encoded: false,
});

/** Runs in the fresh process: init, first request, second request, each timed. */
const childScript = (bundleUrl: string, token: string) => `
const t0 = performance.now();
const { handler } = await import(${JSON.stringify(bundleUrl)});
const t1Import = performance.now();
// a pause after init (not counted): how fast the first request is once the prefetch has landed
const gap = Number(process.env.COLD_GAP_MS ?? 0);
if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
const t1 = performance.now();
const context = { getRemainingTimeInMillis: () => 10000, awsRequestId: 'cold' };
const first = await handler(${JSON.stringify(event(token))}, context);
const t2 = performance.now();
const second = await handler(${JSON.stringify(event(token))}, context);
const t3 = performance.now();
if (first.statusCode !== 200 || second.statusCode !== 200) throw new Error('GET /me answered ' + first.statusCode + ' ' + first.body);
process.stdout.write(JSON.stringify({ importMs: t1Import - t0, firstMs: t2 - t1, secondMs: t3 - t2, totalMs: t1Import - t0 + t2 - t1 }));
`;

export interface ColdPathReport {
  samples: number;
  /** medians, ms */
  withoutPrefetch: ColdSample;
  withPrefetch: ColdSample;
  /** prefetch on, and 500 ms between init and the first request (the keys are in before it) */
  prefetchSettled: ColdSample;
}

/** The stack must run (its DynamoDB Local, its issuer's JWKS): the child reads this process's env. */
export async function coldPath(token: string): Promise<ColdPathReport> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    await build({
      ...lambdaBundling,
      entryPoints: [{ in: meRoutes.getMe.handler, out: 'getMe' }],
      outdir: OUT_DIR,
      banner: { js: BANNER },
    });
    const url = pathToFileURL(path.join(OUT_DIR, 'getMe.mjs')).href;
    const sample = async (prefetch: boolean, gapMs = 0): Promise<ColdSample> => {
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', childScript(url, token)], {
        cwd: projectRoot,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          POWERTOOLS_LOG_LEVEL: 'SILENT',
          AUTH_JWKS_PREFETCH: String(prefetch),
          COLD_GAP_MS: String(gapMs),
        },
      });
      return JSON.parse(stdout) as ColdSample;
    };
    const without: ColdSample[] = [];
    const withPrefetch: ColdSample[] = [];
    const settled: ColdSample[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      // alternating order, so drift in the machine's load falls on every variant
      const variants = [
        async () => without.push(await sample(false)),
        async () => withPrefetch.push(await sample(true)),
        async () => settled.push(await sample(true, 500)),
      ];
      for (const variant of i % 2 === 0 ? variants : variants.reverse()) await variant();
      progress(`cold path: ${i + 1}/${SAMPLES}`);
    }
    const summary = (samples: ColdSample[]): ColdSample => ({
      importMs: round(median(samples.map((s) => s.importMs))),
      firstMs: round(median(samples.map((s) => s.firstMs))),
      secondMs: round(median(samples.map((s) => s.secondMs))),
      totalMs: round(median(samples.map((s) => s.totalMs))),
    });
    return {
      samples: SAMPLES,
      withoutPrefetch: summary(without),
      withPrefetch: summary(withPrefetch),
      prefetchSettled: summary(settled),
    };
  } finally {
    rmSync(OUT_DIR, { recursive: true, force: true });
  }
}

export function coldPathRatios(report: ColdPathReport): Record<string, number> {
  const { withoutPrefetch: a, withPrefetch: b, prefetchSettled: c } = report;
  return {
    'cold GET /me: import (init), ms median': a.importMs,
    'cold GET /me: first request (JWKS fetch + first DynamoDB call), ms median': a.firstMs,
    'cold GET /me: warm second request, ms median': a.secondMs,
    'cold GET /me: first ÷ warm request (the cold cost of JWKS and connections)': a.firstMs / a.secondMs,
    'cold GET /me: init + first request, ms median': a.totalMs,
    'cold GET /me with JWKS prefetch ÷ without, init + first request': b.totalMs / a.totalMs,
    'cold GET /me with JWKS prefetch ÷ without, first request': b.firstMs / a.firstMs,
    'cold GET /me first request, keys already fetched ÷ fetched on the request': c.firstMs / a.firstMs,
  };
}
