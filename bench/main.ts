import os from 'node:os';
import type { LocalStack } from '../infra/local/stack.ts';
import { apiClient } from './api.ts';
import { BUNDLE_LIMIT_KB, bundleSizes } from './bundle-sizes.ts';
import { benchConsole, type ConsoleBench } from './console.ts';
import { type CallCounter, installCallCounter } from './ddb-call-counter.ts';
import { writeBenchmarksPage } from './docs-page.ts';
import { importTimes } from './import-times.ts';
import { type LoadGenerator, startLoadGenerator } from './load.ts';
import { progress } from './progress.ts';
import { type BenchReport, printReport, writeReport } from './report.ts';
import type { BenchContext } from './scenario.ts';
import { type Group, groups, runScenarios } from './scenarios.ts';
import { BENCH_WEBHOOK_SECRET, startBenchStack } from './stack.ts';

/** `--only=webhooks` → 'webhooks'; throws on an unknown group. */
function onlyGroup(argv: string[]): Group | undefined {
  const value = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (value === undefined) return undefined;
  const group = groups.find((g) => g === value);
  if (!group) throw new Error(`--only=${value}: expected one of ${groups.join(', ')}`);
  return group;
}

/**
 * Starts the stack, runs every scenario, always stops the stack, then bundles and reports.
 * With `--only=<group>` just that group after the shared setup, reported to results-<group>.json.
 */
export async function main(): Promise<number> {
  const only = onlyGroup(process.argv.slice(2));
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const stackLog: string[] = [];
  let stack: LocalStack | undefined;
  let counter: CallCounter | undefined;
  let load: LoadGenerator | undefined;
  const stop = async () => {
    counter?.uninstall();
    counter = undefined;
    await load?.close();
    load = undefined;
    const running = stack;
    stack = undefined;
    await running?.stop();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping the local stack`);
    stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const notes: string[] = [];
  let outcome: Awaited<ReturnType<typeof runScenarios>>;
  let consoleBench: ConsoleBench | undefined;
  try {
    progress('starting the local stack (in memory)…');
    stack = await startBenchStack(stackLog);
    counter = installCallCounter(Number(new URL(stack.apiUrl).port));
    load = startLoadGenerator();
    progress(`stack up: api ${stack.apiUrl}, dynamodb ${stack.dynamodbEndpoint}`);
    const context: BenchContext = {
      stack,
      api: apiClient(stack.apiUrl),
      counter,
      load,
      webhookSecret: BENCH_WEBHOOK_SECRET,
      notes,
    };
    outcome = await runScenarios(context, only);
    if (!only) consoleBench = await benchConsole(stack, notes);
    if (consoleBench?.membersPageMs) {
      const { members10, members1000 } = consoleBench.membersPageMs;
      outcome.ratios['console members page, 1,000 vs 10 members (first page rendered)'] =
        members1000 / members10;
    }
  } catch (error) {
    process.stderr.write(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    if (stackLog.length > 0)
      process.stderr.write(`[bench] last stack log lines:\n${stackLog.slice(-20).join('\n')}\n`);
    return 1;
  } finally {
    await stop();
    progress('local stack stopped');
  }
  notes.push(
    'load: autocannon in a worker thread, 10 connections; the gateway, handlers, SES local and the Stripe emulator share the main thread, DynamoDB Local runs in Java',
  );
  const busiest = Math.max(loadAtStart[0] ?? 0, os.loadavg()[0] ?? 0);
  if (busiest > os.cpus().length) {
    notes.push(
      `WARNING: 1-minute load average reached ${busiest.toFixed(1)} on ${os.cpus().length} CPUs (other processes): absolute latencies are inflated; calls/request and ratios still hold`,
    );
  }
  const deadLetters = stackLog.filter((line) => line.includes('dead-lettered'));
  if (deadLetters.length > 0) notes.push(`stream poller dead-lettered ${deadLetters.length} records`);

  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    environment: {
      node: process.version,
      cpus: os.cpus().length,
      platform: `${os.platform()} ${os.arch()}`,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg(),
    },
    scenarios: outcome.results,
    ratios: outcome.ratios,
    notes,
    ...(outcome.soak ? { soak: outcome.soak } : {}),
  };
  if (!only) {
    progress('bundling every function…');
    report.bundles = await bundleSizes();
    report.bundleLimitKb = BUNDLE_LIMIT_KB;
    report.console = consoleBench;
    progress('import time of every bundle, SDK external and bundled…');
    report.importTimes = await importTimes(progress);
    report.seconds = (Date.now() - startedAt.getTime()) / 1000;
  }
  const file = only ? `results-${only}.json` : 'results.json';
  printReport(report);
  writeReport(report, new URL(`./${file}`, import.meta.url));
  if (!only && writeBenchmarksPage()) progress('docs/benchmarks.md regenerated from bench/results.json');
  progress(`done in ${report.seconds.toFixed(0)} s; results in bench/${file}`);
  return 0;
}
