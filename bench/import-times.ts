/**
 * Cold-start cost that the code decides: the time to import each function's built bundle in
 * a fresh Node process (after Node itself started), with the AWS SDK left to the runtime
 * (external, resolved from node_modules as the runtime resolves its own copy) and with the
 * SDK bundled and minified; beside it, the bare import of the SDK clients the handlers use.
 * Min and median of RUNS fresh processes each. `npx tsx bench/import-times.ts` runs it alone.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { projectRoot } from '../infra/local/handler-loader.ts';
import type { FunctionDef } from '../shared/platform/http/route-definition.ts';
import { deployedFunctions, lambdaBundling } from './lambda-bundling.ts';
import { median, round } from './stats.ts';

const run = promisify(execFile);
export const IMPORT_RUNS = 7;
const OUT_DIR = path.join(projectRoot, '.bench-bundles');
const BANNER =
  "import { createRequire as __orgsCreateRequire } from 'node:module'; const require = __orgsCreateRequire(import.meta.url);";

export interface ImportTime {
  minMs: number;
  medianMs: number;
}
export interface FunctionImportTimes {
  id: string;
  external: ImportTime & { kb: number };
  bundled: ImportTime & { kb: number };
}
export interface ImportTimesReport {
  runs: number;
  /** import of @aws-sdk/client-dynamodb + lib-dynamodb alone */
  bareSdk: ImportTime;
  functions: FunctionImportTimes[];
  /** medians over all functions of each variant's median */
  summary: { externalMedianMs: number; bundledMedianMs: number; bundledFasterIn: number };
}

/** Harmless settings: modules that read configuration at import time find some. */
const ENV = {
  ...process.env,
  AWS_REGION: 'eu-central-1',
  TABLE_NAME: 'orgs-bench',
  AUTH_ISSUER: 'https://issuer.invalid/',
  AUTH_AUDIENCE: 'orgs',
  AUTH_JWKS_URL: 'https://issuer.invalid/jwks.json',
  EMAIL_FROM: 'bench@orgs.invalid',
  NODE_OPTIONS: '',
};

/** Import time of one module in a fresh process, RUNS times. */
async function timeImport(specifiers: string[]): Promise<ImportTime> {
  const script = `const t = performance.now(); ${specifiers
    .map((s) => `await import(${JSON.stringify(s)});`)
    .join(' ')} process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i += 1) {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: projectRoot,
      env: ENV,
    });
    times.push(Number(stdout));
  }
  return { minMs: round(Math.min(...times)), medianMs: round(median(times)) };
}

async function bundle(functions: FunctionDef[], variant: 'external' | 'bundled') {
  const result = await build({
    ...lambdaBundling,
    entryPoints: functions.map((fn) => ({ in: fn.handler, out: `${variant}/${fn.id}` })),
    outdir: OUT_DIR,
    banner: { js: BANNER },
    external: variant === 'external' ? ['@aws-sdk/*'] : [],
    metafile: true,
  });
  return (id: string) => (result.metafile.outputs[`.bench-bundles/${variant}/${id}.mjs`]?.bytes ?? 0) / 1024;
}

export async function importTimes(
  progress: (line: string) => void = () => undefined,
): Promise<ImportTimesReport> {
  const functions = deployedFunctions();
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const kbExternal = await bundle(functions, 'external');
    const kbBundled = await bundle(functions, 'bundled');
    const bareSdk = await timeImport(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']);
    const results: FunctionImportTimes[] = [];
    for (const fn of functions) {
      const url = (variant: string) => pathToFileURL(path.join(OUT_DIR, variant, `${fn.id}.mjs`)).href;
      results.push({
        id: fn.id,
        external: { ...(await timeImport([url('external')])), kb: round(kbExternal(fn.id)) },
        bundled: { ...(await timeImport([url('bundled')])), kb: round(kbBundled(fn.id)) },
      });
      progress(`import times: ${results.length}/${functions.length}`);
    }
    return {
      runs: IMPORT_RUNS,
      bareSdk,
      functions: results,
      summary: {
        externalMedianMs: round(median(results.map((r) => r.external.medianMs))),
        bundledMedianMs: round(median(results.map((r) => r.bundled.medianMs))),
        bundledFasterIn: results.filter((r) => r.bundled.medianMs < r.external.medianMs).length,
      },
    };
  } finally {
    rmSync(OUT_DIR, { recursive: true, force: true });
  }
}

export function importTimesTable(report: ImportTimesReport): string {
  const lines = [
    `import time in a fresh process, ms (min / median of ${report.runs}); bare SDK (DynamoDB client + lib): ${report.bareSdk.minMs} / ${report.bareSdk.medianMs}`,
    `${'function'.padEnd(28)} ${'SDK external'.padStart(16)} ${'KB'.padStart(7)}   ${'SDK bundled'.padStart(16)} ${'KB'.padStart(7)}`,
  ];
  for (const r of report.functions) {
    lines.push(
      `${r.id.padEnd(28)} ${`${r.external.minMs} / ${r.external.medianMs}`.padStart(16)} ${String(r.external.kb).padStart(7)}   ${`${r.bundled.minMs} / ${r.bundled.medianMs}`.padStart(16)} ${String(r.bundled.kb).padStart(7)}`,
    );
  }
  const s = report.summary;
  lines.push(
    `median of medians: external ${s.externalMedianMs} ms, bundled ${s.bundledMedianMs} ms; bundled faster for ${s.bundledFasterIn}/${report.functions.length}`,
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await importTimes((line) => process.stderr.write(`${line}\n`));
  console.log(importTimesTable(report));
  console.log(JSON.stringify(report.summary));
}
