import { writeFileSync } from 'node:fs';
import { BUNDLE_LIMIT_KB, type BundleSize } from './bundle-sizes.ts';
import type { ConsoleBench } from './console.ts';
import { type ImportTimesReport, importTimesTable } from './import-times.ts';
import type { ScenarioResult } from './scenario.ts';
import type { SoakReport } from './scenarios-soak.ts';

export interface BenchReport {
  startedAt: string;
  seconds: number;
  environment: Record<string, unknown>;
  scenarios: ScenarioResult[];
  ratios: Record<string, number>;
  notes: string[];
  soak?: SoakReport;
  /** absent when one group ran alone (`--only=`) */
  bundles?: BundleSize[];
  bundleLimitKb?: number;
  console?: ConsoleBench;
  importTimes?: ImportTimesReport;
}

const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : '-';
const rate = (value: number) => (Number.isFinite(value) && value > 0 ? value.toFixed(0) : '-');
const calls = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '-');

function table(header: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (rightAligned.has(i) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const byCommand = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([command, n]) => `${command} ${n.toFixed(2)}`)
    .join(', ');

export function scenarioTable(scenarios: ScenarioResult[]): string {
  const rows = scenarios.map((s) => [
    s.name,
    ms(s.p50Ms),
    ms(s.p99Ms),
    rate(s.perSecond),
    calls(s.ddb.perOperation),
    byCommand(s.ddb.byCommand) || '-',
    `${s.failed}/${s.count}`,
  ]);
  return table(
    [
      'scenario',
      'p50 ms',
      'p99 ms',
      'req/s',
      'DynamoDB calls/request',
      'by command (per request)',
      'failed/n',
    ],
    rows,
    new Set([1, 2, 3, 4, 6]),
  );
}

export function bundleTable(bundles: BundleSize[]): string {
  const rows = [...bundles]
    .sort((a, b) => b.kb - a.kb)
    .map((b) => [
      b.id,
      b.kb.toFixed(1),
      b.hasStripe ? 'yes' : 'no',
      b.flagged ? `OVER ${BUNDLE_LIMIT_KB} KB without Stripe` : '',
      b.topPackages.map(([name, kb]) => `${name} ${kb}`).join(', '),
    ]);
  return table(['function', 'KB (min)', 'Stripe', 'flag', 'largest packages (KB)'], rows, new Set([1]));
}

/** Failed DynamoDB calls and 4xx/5xx answers, one line per scenario that had any. */
export function problemLines(scenarios: ScenarioResult[]): string[] {
  const lines: string[] = [];
  for (const s of scenarios) {
    const failures = Object.entries(s.ddb.failures);
    if (failures.length > 0) {
      const list = failures.map(([what, n]) => `${what} ×${n}`).join(', ');
      lines.push(`${s.name}: failed DynamoDB calls (retried or answered): ${list}`);
    }
    const statuses = Object.entries(s.statusCounts ?? {}).filter(([status]) => Number(status) >= 300);
    if (statuses.length > 0) {
      const sample = Object.entries(s.errorSamples ?? {})
        .map(([status, body]) => `${status}: ${body.slice(0, 160)}`)
        .join(' | ');
      lines.push(
        `${s.name}: HTTP ${statuses.map(([status, n]) => `${status} ×${n}`).join(', ')} — ${sample}`,
      );
    }
    const background = Object.entries(s.ddb.background);
    if (background.length > 0 && s.unit !== 'record') {
      lines.push(
        `${s.name}: background DynamoDB calls meanwhile (stream poller etc., not in calls/request): ${background.map(([c, n]) => `${c} ${Number.isInteger(n) ? n : n.toFixed(2)}`).join(', ')}`,
      );
    }
  }
  return lines;
}

const mb = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(0)} MB`);

export function soakLines(soak: SoakReport): string[] {
  const statuses = Object.entries(soak.statusCounts)
    .map(([status, n]) => `${status} ×${n}`)
    .join(', ');
  const { node, dynamodbLocal } = soak.rssMb;
  return [
    `Soak: ${soak.requests} requests in ${soak.seconds.toFixed(0)} s at ${soak.connections} connections (${statuses})`,
    `  p99 per interval: ${soak.intervals.map((i) => `${i.fromSecond} s ${ms(i.p99Ms)}`).join(', ')}`,
    `  RSS start → end: node ${mb(node.start)} → ${mb(node.end)}, DynamoDB Local ${mb(dynamodbLocal.start)} → ${mb(dynamodbLocal.end)}`,
  ];
}

export function printReport(report: BenchReport): void {
  const out = (text = '') => process.stdout.write(`${text}\n`);
  out();
  out(scenarioTable(report.scenarios));
  out();
  out('Ratios');
  for (const [name, value] of Object.entries(report.ratios)) out(`  ${name}: ${value.toFixed(2)}`);
  out();
  out('Notes');
  const details = report.scenarios.filter((s) => s.note).map((s) => `${s.name}: ${s.note}`);
  for (const line of [...report.notes, ...details, ...problemLines(report.scenarios)]) out(`  - ${line}`);
  out();
  if (report.soak) {
    for (const line of soakLines(report.soak)) out(line);
    out();
  }
  if (!report.bundles || !report.console || !report.importTimes) return;
  out(
    `Bundles (esbuild, minified ESM, node24, AWS SDK bundled as deployed; flag: > ${BUNDLE_LIMIT_KB} KB without Stripe)`,
  );
  out(bundleTable(report.bundles));
  const flagged = report.bundles.filter((b) => b.flagged).map((b) => b.id);
  out(flagged.length > 0 ? `Flagged: ${flagged.join(', ')}` : 'Flagged: none');
  out();
  const web = report.console;
  out(
    `Console: first-load JavaScript ${web.firstLoadJsGzipKb} KB gzipped (limit ${web.limitKb} KB, Stripe.js excluded)${web.firstLoadJsGzipKb > web.limitKb ? ' OVER THE LIMIT' : ''}`,
  );
  if (web.membersPageMs) {
    out(
      `Console members page, first page rendered (median of ${web.membersPageMs.runs}): 10 members ${web.membersPageMs.members10} ms, 1,000 members ${web.membersPageMs.members1000} ms`,
    );
  }
  out();
  out(importTimesTable(report.importTimes));
}

export function writeReport(report: BenchReport, file: URL): void {
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
