import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarksPage, PAGE_FILE, RESULTS_FILE } from '../../bench/docs-page.ts';
import type { BenchReport } from '../../bench/report.ts';

/** A small bench run, shaped like bench/results.json (NaN already turned into null by JSON). */
const results = JSON.parse(
  JSON.stringify({
    startedAt: '2026-12-07T00:00:00.000Z',
    seconds: 612.4,
    environment: {
      node: 'v20.19.0',
      cpus: 2,
      platform: 'linux x64',
      loadAverageAtStart: [0.5, 0.4, 0.3],
      loadAverageAtEnd: [2.25, 1.5, 1],
    },
    scenarios: [
      {
        name: 'POST /orgs/{id}/invitations',
        unit: 'request',
        count: 144,
        ok: 144,
        failed: 0,
        p50Ms: 31.25,
        p99Ms: 88.5,
        perSecond: 24,
        elapsedMs: 6000,
        statusCounts: { '201': 144 },
        ddb: {
          operations: 144,
          perOperation: 4,
          byCommand: { TransactWriteCommand: 2, GetCommand: 1, QueryCommand: 1 },
          failures: {},
          background: {},
        },
      },
      {
        name: 'invite → email in SES local (end to end)',
        unit: 'request',
        count: 5,
        ok: 4,
        failed: 1,
        p50Ms: Number.NaN,
        p99Ms: 7.5,
        perSecond: 0,
        elapsedMs: 1000,
        statusCounts: { '201': 4, '503': 1 },
        ddb: {
          operations: 5,
          perOperation: 1,
          byCommand: {},
          failures: { 'TransactWriteCommand:TransactionCanceledException': 2 },
          background: {},
        },
        note: 'from the POST to the email in the mailbox',
      },
    ],
    ratios: {
      'members page 1,000 ÷ 10 members, p50 latency (should be ~1)': 1.0421,
      'a ratio that failed': Number.NaN,
    },
    notes: ['load: a | b'],
    soak: {
      seconds: 60.2,
      connections: 10,
      requests: 1200,
      statusCounts: { '200': 1199, '503': 1 },
      nonSuccess: { '503': 1 },
      intervals: [
        { fromSecond: 0, p50Ms: 10, p99Ms: 20, requests: 600, perSecond: 60 },
        { fromSecond: 10, p50Ms: 11, p99Ms: 22, requests: 600, perSecond: 60 },
      ],
      rssMb: { node: { start: 200, end: 210 }, dynamodbLocal: { start: 300 } },
    },
    bundles: [
      {
        id: 'getMe',
        handler: 'functions/http/me/get-me.ts',
        kb: 401.26,
        hasStripe: false,
        flagged: false,
        topPackages: [['@aws-sdk/client-dynamodb', 120.5]],
      },
      {
        id: 'heavy',
        handler: 'functions/http/x/heavy.ts',
        kb: 900,
        hasStripe: false,
        flagged: true,
        topPackages: [],
      },
    ],
    console: {
      firstLoadJsGzipKb: 25.4,
      firstLoadJsFiles: { '/assets/index.js': 25.4 },
      limitKb: 120,
      membersPageMs: null,
    },
    importTimes: {
      runs: 7,
      bareSdk: { minMs: 180, medianMs: 199 },
      functions: [
        {
          id: 'getMe',
          external: { minMs: 184, medianMs: 201, kb: 66 },
          bundled: { minMs: 73, medianMs: 99, kb: 401 },
        },
      ],
      summary: { externalMedianMs: 201, bundledMedianMs: 99, bundledFasterIn: 1 },
    },
  }),
) as BenchReport;

describe('docs/benchmarks.md', () => {
  it('is generated from the results: every figure comes from them', () => {
    const page = benchmarksPage(results);
    expect(page).toMatch(/^# Benchmarks\n/);
    expect(page).toContain('| POST /orgs/{id}/invitations | request | 31.3 | 88.5 | 24 | 4.00 |');
    expect(page).toContain('TransactWriteCommand 2.00, GetCommand 1.00, QueryCommand 1.00');
    expect(page).toContain('| members page 1,000 ÷ 10 members, p50 latency (should be ~1) | 1.04 |');
    expect(page).toContain('| a ratio that failed | - |');
    expect(page).toContain('| 0–10 s | 600 | 60 | 10.0 | 20.0 |');
    expect(page).toContain('| 10–20 s | 600 | 60 | 11.0 | 22.0 |');
    expect(page).toContain('DynamoDB Local 300 MB → -');
    expect(page).toContain('Flagged: `heavy`.');
    expect(page).toContain('First-load JavaScript: 25.4 KB gzipped (budget 120 KB');
    expect(page).toContain('Members page: not measured');
    expect(page).toContain('| getMe | 184 / 201 | 73 / 99 | 66 → 401 |');
    expect(page).toContain('Started 2026-12-07T00:00:00.000Z, ran 612 s.');
    expect(page).toContain('- load: a | b');
    expect(page).toContain('TransactWriteCommand:TransactionCanceledException ×2');
    expect(page).toContain('invite → email in SES local (end to end): HTTP 503 ×1');
    expect(page).toContain(
      '- invite → email in SES local (end to end): from the POST to the email in the mailbox',
    );
    expect(page).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it('keeps table cells in their column', () => {
    const page = benchmarksPage({
      ...results,
      scenarios: [{ ...results.scenarios[0], name: 'a | b' }],
    } as BenchReport);
    expect(page).toContain('| a \\| b | request |');
  });

  it.runIf(existsSync(RESULTS_FILE))(
    'equals the page generated from the committed bench/results.json (npm run bench:docs)',
    () => {
      const committed = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchReport;
      expect(readFileSync(PAGE_FILE, 'utf8')).toBe(benchmarksPage(committed));
    },
  );

  it('exists only with the results it is generated from', () => {
    if (existsSync(PAGE_FILE)) expect(existsSync(RESULTS_FILE), 'bench/results.json').toBe(true);
  });
});
