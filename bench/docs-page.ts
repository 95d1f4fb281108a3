/**
 * docs/benchmarks.md, generated from the bench's results (bench/results.json): the fixed text
 * explains what each scenario measures and how to read it, every figure comes from the results.
 * `npm run bench` regenerates the page at its end; `npm run bench:docs` regenerates it from the
 * committed results alone. test/unit/benchmarks-page.test.ts keeps the page and the results in step.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchReport } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_FILE = path.join(root, 'bench', 'results.json');
export const PAGE_FILE = path.join(root, 'docs', 'benchmarks.md');

/** JSON turns NaN into null: every figure goes through these. */
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const ms = (value: unknown) => (finite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : '-');
const fixed = (digits: number) => (value: unknown) => (finite(value) ? value.toFixed(digits) : '-');
const rate = (value: unknown) =>
  finite(value) && value > 0 ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '-';
/** figures the bench already rounded */
const plain = (value: unknown) => (finite(value) ? String(value) : '-');
const mb = (value: unknown) => (finite(value) ? `${value.toFixed(0)} MB` : '-');

/** Markdown cells: no pipes or line breaks inside. */
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function table(header: string[], rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string {
  const rule = header.map((_, i) => (rightAligned.has(i) ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.map(cell).join(' | ')} |`).join('\n');
}

const perCommand = (counts: Record<string, number> | undefined) =>
  Object.entries(counts ?? {})
    .map(([command, n]) => `${command} ${fixed(2)(n)}`)
    .join(', ') || '-';

function scenarios(report: BenchReport): string {
  const rows = report.scenarios.map((s) => [
    s.name,
    s.unit,
    ms(s.p50Ms),
    ms(s.p99Ms),
    rate(s.perSecond),
    fixed(2)(s.ddb?.perOperation),
    perCommand(s.ddb?.byCommand),
    `${s.failed}/${s.count}`,
  ]);
  return table(
    ['scenario', 'unit', 'p50 ms', 'p99 ms', 'per s', 'DynamoDB calls per unit', 'by command', 'failed/n'],
    rows,
    new Set([2, 3, 4, 5, 7]),
  );
}

/** Failed DynamoDB calls, non-2xx answers and background calls, one line per scenario that had any. */
function problems(report: BenchReport): string[] {
  const lines: string[] = [];
  for (const s of report.scenarios) {
    const failures = Object.entries(s.ddb?.failures ?? {});
    if (failures.length > 0) {
      lines.push(
        `${s.name}: failed DynamoDB calls (retried or answered): ${failures.map(([what, n]) => `${what} ×${n}`).join(', ')}`,
      );
    }
    const statuses = Object.entries(s.statusCounts ?? {}).filter(([status]) => Number(status) >= 300);
    if (statuses.length > 0) {
      lines.push(`${s.name}: HTTP ${statuses.map(([status, n]) => `${status} ×${n}`).join(', ')}`);
    }
    const background = Object.entries(s.ddb?.background ?? {});
    if (background.length > 0 && s.unit !== 'record') {
      lines.push(
        `${s.name}: background DynamoDB calls meanwhile (stream poller etc., not in calls per unit): ${background.map(([c, n]) => `${c} ${Number.isInteger(n) ? n : fixed(2)(n)}`).join(', ')}`,
      );
    }
  }
  return lines;
}

const bullets = (lines: string[]) => lines.map((line) => `- ${line.replaceAll('\n', ' ')}`).join('\n');

function ratios(report: BenchReport): string {
  const rows = Object.entries(report.ratios).map(([name, value]) => [name, fixed(2)(value)]);
  return rows.length > 0 ? table(['ratio', 'value'], rows, new Set([1])) : 'No ratios in this run.';
}

function soak(report: BenchReport): string {
  const s = report.soak;
  if (!s) return 'The soak did not run.';
  const statuses = Object.entries(s.statusCounts)
    .map(([status, n]) => `${status} ×${n}`)
    .join(', ');
  const [first, second] = s.intervals;
  const width = first && second ? second.fromSecond - first.fromSecond : s.seconds;
  const intervals = table(
    ['interval', 'requests', 'per s', 'p50 ms', 'p99 ms'],
    s.intervals.map((i, n) => [
      `${i.fromSecond}–${s.intervals[n + 1]?.fromSecond ?? Math.round(i.fromSecond + width)} s`,
      String(i.requests),
      rate(i.perSecond),
      ms(i.p50Ms),
      ms(i.p99Ms),
    ]),
    new Set([1, 2, 3, 4]),
  );
  const { node, dynamodbLocal } = s.rssMb;
  return [
    `${s.requests} requests in ${fixed(0)(s.seconds)} s at ${s.connections} connections (${statuses}).`,
    '',
    intervals,
    '',
    `RSS at start → end: node ${mb(node.start)} → ${mb(node.end)}, DynamoDB Local ${mb(dynamodbLocal.start)} → ${mb(dynamodbLocal.end)}.`,
  ].join('\n');
}

function consoleSection(report: BenchReport): string {
  const web = report.console;
  if (!web) return 'Not measured in this run.';
  const lines = [
    `- First-load JavaScript: ${fixed(1)(web.firstLoadJsGzipKb)} KB gzipped (budget ${web.limitKb} KB, Stripe.js excluded)${finite(web.firstLoadJsGzipKb) && web.firstLoadJsGzipKb > web.limitKb ? ' — **over the budget**' : ''}.`,
  ];
  const page = web.membersPageMs;
  lines.push(
    page
      ? `- Members page, first page rendered (median of ${page.runs}): 10 members ${ms(page.members10)} ms, 1,000 members ${ms(page.members1000)} ms.`
      : '- Members page: not measured (no chromium on the machine that ran the bench).',
  );
  return lines.join('\n');
}

function bundles(report: BenchReport): string {
  const list = report.bundles;
  if (!list || list.length === 0) return 'Not measured in this run.';
  const rows = [...list]
    .sort((a, b) => b.kb - a.kb)
    .map((b) => [
      b.id,
      fixed(1)(b.kb),
      b.hasStripe ? 'yes' : 'no',
      b.flagged ? 'FLAGGED' : '',
      b.topPackages.map(([name, kb]) => `${name} ${kb}`).join(', '),
    ]);
  const flagged = list.filter((b) => b.flagged).map((b) => `\`${b.id}\``);
  return [
    table(['function', 'KB (minified)', 'Stripe', 'flag', 'largest packages (KB)'], rows, new Set([1])),
    '',
    `Flagged: ${flagged.length > 0 ? flagged.join(', ') : 'none'}.`,
  ].join('\n');
}

function importTimes(report: BenchReport): string {
  const times = report.importTimes;
  if (!times) return 'Not measured in this run.';
  const rows = times.functions.map((f) => [
    f.id,
    `${plain(f.external.minMs)} / ${plain(f.external.medianMs)}`,
    `${plain(f.bundled.minMs)} / ${plain(f.bundled.medianMs)}`,
    `${fixed(0)(f.external.kb)} → ${fixed(0)(f.bundled.kb)}`,
  ]);
  const s = times.summary;
  return [
    `Bare import of the DynamoDB client + lib: ${plain(times.bareSdk.minMs)} / ${plain(times.bareSdk.medianMs)} ms (min / median of ${times.runs}).`,
    `Median of the medians: SDK external ${plain(s.externalMedianMs)} ms, SDK bundled ${plain(s.bundledMedianMs)} ms; bundled faster for ${s.bundledFasterIn} of ${times.functions.length} functions.`,
    '',
    table(
      [
        'function',
        'SDK external, ms (min / median)',
        'SDK bundled, ms (min / median)',
        'KB external → bundled',
      ],
      rows,
      new Set([1, 2, 3]),
    ),
  ].join('\n');
}

function environment(report: BenchReport): string {
  const env = report.environment as {
    node?: string;
    cpus?: number;
    platform?: string;
    loadAverageAtStart?: number[];
    loadAverageAtEnd?: number[];
  };
  const load = (values: number[] | undefined) => (values ?? []).map(fixed(2)).join(' ') || '-';
  return [
    `- Started ${report.startedAt}, ran ${fixed(0)(report.seconds)} s.`,
    `- Node ${env.node ?? '-'}, ${env.cpus ?? '-'} CPUs, ${env.platform ?? '-'}.`,
    `- Load average (1, 5, 15 min) at start ${load(env.loadAverageAtStart)}, at end ${load(env.loadAverageAtEnd)}.`,
  ].join('\n');
}

/** The whole page for one bench run: fixed text, and figures taken from `report` only. */
export function benchmarksPage(report: BenchReport): string {
  const notes = [
    ...report.notes,
    ...report.scenarios.filter((s) => s.note).map((s) => `${s.name}: ${s.note}`),
    ...problems(report),
  ];
  return `# Benchmarks

<!-- Generated by \`npm run bench:docs\` (bench/docs-page.ts) from bench/results.json, which
\`npm run bench\` writes. Do not edit by hand: change the generator or run the bench again. -->

\`npm run bench\` starts the local stack in memory (DynamoDB Local, the HTTP gateway, the
handlers, SES local, the Stripe emulator) and measures, for each use case, latency,
throughput and the DynamoDB calls per request, counted by an SDK middleware on the handlers'
own client (a check at the start makes sure the counter sees the handlers' calls). It also
measures the stream handler's records per second, the delay from an invitation to its email,
webhook delivery, a soak, the purge of a large organization, the console's first load, the
size of each function's bundle and the import time of each bundle. It prints the figures,
writes \`bench/results.json\` and regenerates this page; \`npm run bench:docs\` regenerates the
page from the committed results alone.

The load comes from autocannon in a worker thread at 10 connections; the gateway, the
handlers, SES local and the Stripe emulator share the main thread, and DynamoDB Local runs
in Java — all on the one machine described below. The bench lifts the invitation rate limits
and runs webhook retries at \`WEBHOOK_RETRY_SCALE=0.001\`.

Two groups also run alone, after the shared setup (stack, warm-up, organizations):
\`npm run bench -- --only=webhooks\` and \`npm run bench -- --only=soak\`; their results go to
\`bench/results-<group>.json\`, not to \`results.json\` nor to this page.
\`npx tsx bench/import-times.ts\` runs the import-time measurement alone.

## How to read it

- **Absolute latencies depend on the machine.** On a machine shared with other work (the
  notes carry a load-average warning) they are inflated; calls per request, the ratios and
  the soak's shape still hold.
- **DynamoDB calls per unit** is the figure to watch in a change: it does not depend on the
  machine. A unit is an HTTP request, an SDK call, a stream record or a webhook delivery
  (column "unit"). "By command" splits it by SDK command (a transaction counts as one call).
- **Ratios** compare two measurements of the same run, so they hold across machines: a
  scenario against its bare baseline (e.g. \`GET /me\` against one bare \`GetItem\`), a large
  organization against a small one (should be about 1: a page costs the same at 10 or 1,000
  members), the API beside a hanging webhook endpoint against without one (should be about 1:
  a dead endpoint must not slow the API).
- **\`GET /me\` ÷ bare \`GetItem\`** at 10 in flight on 2 CPUs is close to a ratio of CPU time
  per request: both sides keep the CPUs busy. The API side pays what the bare call does not —
  autocannon's HTTP client, Node's HTTP server, the handler (cached token check, middy, JSON)
  and a two-key \`BatchGetItem\` (the user and what SCIM has pending for the email) where the
  baseline reads one item; DynamoDB Local's JIT keeps speeding both up for about a minute, which
  is why they run interleaved (A B C C B A).
- **The HTTP floor** (\`baseline: HTTP floor\`) is Node's HTTP server answering each request
  with the same single \`GetItem\`, driven by the same load worker: no gateway, no token check,
  no middleware. *HTTP floor ÷ bare GetItem* is what any route pays for being reached over HTTP
  on this machine; *GET /me ÷ HTTP floor* is what the gateway and the handler add to it.
- **failed/n**: operations without a success out of those measured (a scenario that measures
  a refusal, such as the API key with a bad checksum, fails every one by design); non-2xx
  answers, failed DynamoDB calls (e.g. transaction conflicts, retried) and the background
  calls made meanwhile are listed under [Notes](#notes), and each scenario's setup there too.

## This run

${environment(report)}

## Scenarios

${scenarios(report)}

## Ratios

${ratios(report)}

## Webhook delivery

- **Change → first attempt** (\`webhook: change → first attempt at receiver\`): 100
  \`POST /invitations\`, 50 ms apart, to an organization with one endpoint; each latency runs
  from sending the POST to its \`invitation.created\` request arriving at the receiver (stream
  poller → events function → deliver). p50 and p99 are the figures; the contract asks for p50
  under 1 s locally and every first attempt within 5 s.
- **Fan-out** (\`webhook: one event fanned out to 50 endpoints\`): one organization with 50
  endpoints, three renames one after another, each awaited at all 50; "per s" is deliveries
  per second from the write to the last arrival, p50/p99 the per-delivery delay after the
  write.
- **Hanging endpoint** (ratio "GET /me with a hanging webhook endpoint ÷ with none"):
  \`GET /me\` at 10 connections while an organization is renamed every 100 ms, A B B A:
  without an endpoint on that organization, then with one that never answers (every attempt
  held until the attempt timeout, retries after it). About 1 means a dead endpoint does not
  slow the API; well above 1 means delivery shares something with the API it should not.

The receiver runs in its own process (\`test/support/webhook-receiver.ts\`), with private
targets allowed.

## Soak

The mixed load (\`GET /orgs/{id}\`, \`PATCH /orgs/{id}\`, audit page, \`GET /me\` over the
rotation organizations) at 10 connections for 60 s (\`BENCH_SOAK_SECONDS\`), reported per 10 s
interval (the \`soak: mixed load\` rows above): requests, p50/p99, answers by status (any
non-2xx is listed under Notes), and the RSS of the node process (gateway, handlers, emulators)
and of DynamoDB Local's Java process at start and end. Read the ratios *latency drift* = last
÷ first interval p99 (about 1 is steady; a steady climb points at a leak or a growing
partition) and *RSS growth* = end ÷ start per process (Java's heap grows to its limit before
it collects, so read a DynamoDB Local rise with the node figure beside it).

${soak(report)}

## Purge of a large organization

\`bench/scenarios-lifecycle.ts\`: the purge of an organization of 1,000 members (its
partition page by page, what each item owns elsewhere, then the org item, the creator's count
and the tombstone in one transaction) against \`BatchWriteItem\` of as many items in the same
run (the \`purge\` and \`baseline: BatchWriteItem\` rows, and the two purge ratios).

## Console

The console's first load (every script \`index.html\` loads at once, gzipped; Stripe.js
excluded) against its budget, and the members page's first page rendered in chromium for an
organization of 10 and of 1,000 members.

${consoleSection(report)}

## Bundles

Every deployed function bundled with esbuild as the CDK bundles it: minified ESM for Node 24 (the deployed runtime),
the AWS SDK bundled
([decision 0011](decisions/0011-aws-sdk-bundled.md)). A function without Stripe over the
bench's limit (\`BUNDLE_LIMIT_KB\` in \`bench/bundle-sizes.ts\`) is flagged: something else
in it is heavy.

${bundles(report)}

## Import time: SDK bundled or from the runtime

Each function is bundled twice — the AWS SDK external (resolved from \`node_modules\` as the
runtime resolves its own copy) and the SDK bundled + minified — and each bundle is imported
in fresh Node processes (min and median), beside the bare import of the DynamoDB client. This
is the cold-start cost the code decides; it is why the SDK is bundled
([decision 0011](decisions/0011-aws-sdk-bundled.md)).

${importTimes(report)}

## Notes

${notes.length > 0 ? bullets(notes) : 'None.'}
`;
}

/** Reads the results and writes the page; false when there are no results yet. */
export function writeBenchmarksPage(resultsFile = RESULTS_FILE, pageFile = PAGE_FILE): boolean {
  if (!existsSync(resultsFile)) return false;
  const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchReport;
  writeFileSync(pageFile, benchmarksPage(report));
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const resultsFile = process.argv[2] ? path.resolve(process.argv[2]) : RESULTS_FILE;
  if (!writeBenchmarksPage(resultsFile)) {
    process.stderr.write(
      `${path.relative(root, resultsFile)} does not exist: run \`npm run bench\` once (it writes it and this page)\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`wrote ${path.relative(root, PAGE_FILE)} from ${path.relative(root, resultsFile)}\n`);
}
