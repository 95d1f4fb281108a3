import { progress } from './progress.ts';
import { rssMb } from './rss.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { sizes } from './sizes.ts';
import { summarize } from './stats.ts';

export interface SoakReport {
  seconds: number;
  connections: number;
  requests: number;
  /** every answer by HTTP status, plus transport errors and timeouts */
  statusCounts: Record<string, number>;
  nonSuccess: Record<string, number>;
  intervals: { fromSecond: number; p50Ms: number; p99Ms: number; requests: number; perSecond: number }[];
  /** MB; undefined when the process could not be read */
  rssMb: {
    node: { start?: number; end?: number };
    dynamodbLocal: { start?: number; end?: number };
  };
}

const add = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
};

/** Reads and writes of the rotation orgs in one mix: 3 reads to 1 write. */
function mixedRequests(orgs: OwnedOrg[]) {
  return orgs.flatMap(({ owner, orgId }, i) => [
    request('GET', `/orgs/${orgId}`, owner.token),
    request('PATCH', `/orgs/${orgId}`, owner.token, { name: `Bench soak ${i}` }),
    request('GET', `/orgs/${orgId}/audit-log?limit=25`, owner.token),
    request('GET', '/me', owner.token),
  ]);
}

/**
 * The mixed load for `sizes.soakSeconds` at `sizes.connections`, as back-to-back runs of
 * `sizes.soakIntervalSeconds` each (one row per interval), and the RSS of this process
 * (gateway, handlers, emulators) and of DynamoDB Local before and after.
 */
export async function soakScenario(context: BenchContext, orgs: OwnedOrg[]) {
  const requests = mixedRequests(orgs);
  const javaPid = context.stack.dynamodbPid;
  const rss = () => ({
    node: process.memoryUsage().rss / 2 ** 20,
    java: javaPid ? rssMb(javaPid) : undefined,
  });
  const start = rss();
  const report: SoakReport = {
    seconds: 0,
    connections: sizes.connections,
    requests: 0,
    statusCounts: {},
    nonSuccess: {},
    intervals: [],
    rssMb: { node: { start: start.node }, dynamodbLocal: { start: start.java } },
  };
  const results: ScenarioResult[] = [];
  const intervals = Math.max(1, Math.round(sizes.soakSeconds / sizes.soakIntervalSeconds));
  const started = performance.now();
  for (let i = 0; i < intervals; i++) {
    const from = i * sizes.soakIntervalSeconds;
    const outcome = await context.load.run({
      url: context.stack.apiUrl,
      connections: sizes.connections,
      duration: sizes.soakIntervalSeconds,
      requests,
    });
    const summary = summarize(outcome.latenciesMs, outcome.elapsedMs, outcome.responses);
    const failed = outcome.responses - outcome.latenciesMs.length + outcome.errors + outcome.timeouts;
    const statusCounts = {
      ...outcome.statusCounts,
      ...(outcome.errors ? { errors: outcome.errors } : {}),
      ...(outcome.timeouts ? { timeouts: outcome.timeouts } : {}),
    };
    add(report.statusCounts, statusCounts);
    report.requests += outcome.responses;
    report.intervals.push({
      fromSecond: from,
      p50Ms: summary.p50Ms,
      p99Ms: summary.p99Ms,
      requests: outcome.responses,
      perSecond: summary.perSecond,
    });
    results.push({
      name: `soak: mixed load, ${from}–${from + sizes.soakIntervalSeconds} s`,
      unit: 'request',
      ...summary,
      ok: outcome.latenciesMs.length,
      failed,
      statusCounts,
      errorSamples: outcome.errorSamples,
      ddb: { operations: 0, perOperation: Number.NaN, byCommand: {}, failures: {}, background: {} },
      ...(i === 0
        ? {
            note: 'GET /orgs/{id}, PATCH /orgs/{id}, GET audit-log, GET /me over the rotation orgs; p50/p99 of 2xx',
          }
        : {}),
    });
    progress(`soak ${from}–${from + sizes.soakIntervalSeconds} s: ${outcome.responses} responses`);
  }
  report.seconds = (performance.now() - started) / 1000;
  const end = rss();
  report.rssMb.node.end = end.node;
  report.rssMb.dynamodbLocal.end = end.java;
  report.nonSuccess = Object.fromEntries(
    Object.entries(report.statusCounts).filter(([status]) => !/^2\d\d$/.test(status)),
  );
  const first = report.intervals[0];
  const last = report.intervals.at(-1);
  const growth = (side: { start?: number; end?: number }) =>
    side.start && side.end ? side.end / side.start : Number.NaN;
  const ratios: Record<string, number> = {
    'soak latency drift, last ÷ first interval p99 (should be ~1)':
      first && last ? last.p99Ms / first.p99Ms : Number.NaN,
    'soak RSS growth, node process end ÷ start': growth(report.rssMb.node),
    'soak RSS growth, DynamoDB Local end ÷ start': growth(report.rssMb.dynamodbLocal),
  };
  return { results, ratios, soak: report };
}
