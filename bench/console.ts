import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { signDevToken } from '../infra/local/dev-issuer.ts';
import type { LocalStack } from '../infra/local/stack.ts';
import { chromiumPath, launchChromium } from '../test/support/browser.ts';
import { distDir, ensureConsoleBuilt } from '../web/scripts/build.ts';
import { progress } from './progress.ts';
import { seedMembers } from './seed-members.ts';

export const CONSOLE_JS_LIMIT_KB = 120;

export interface ConsoleBench {
  /** every script the first page load fetches (entry + module preloads), gzipped; Stripe.js excluded */
  firstLoadJsGzipKb: number;
  firstLoadJsFiles: Record<string, number>;
  limitKb: number;
  /** members page, first page rendered, median of the runs (ms); null without chromium */
  membersPageMs: { members10: number; members1000: number; runs: number } | null;
}

/** The scripts index.html loads at once: `<script type="module" src>` and `<link rel="modulepreload">`. */
export function firstLoadScripts(html: string): string[] {
  const sources = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return [...new Set(sources.map((match) => match[1] as string))];
}

function firstLoadSize(): Pick<ConsoleBench, 'firstLoadJsGzipKb' | 'firstLoadJsFiles'> {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const files: Record<string, number> = {};
  for (const src of firstLoadScripts(html)) {
    files[src] = gzipSync(readFileSync(path.join(distDir, src)), { level: 9 }).length / 1024;
  }
  const total = Object.values(files).reduce((sum, kb) => sum + kb, 0);
  return { firstLoadJsGzipKb: Number(total.toFixed(1)), firstLoadJsFiles: files };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** An owner with an org of `size` active members (the rest written directly, as the roster bench does). */
async function orgWithMembers(stack: LocalStack, size: number): Promise<{ orgId: string; token: string }> {
  const token = await signDevToken({
    email: `console-bench-${size}-${Date.now()}@example.com`,
    name: 'Bench Owner',
  });
  const response = await fetch(`${stack.apiUrl}/orgs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Console bench ${size}`, timeZone: 'UTC' }),
  });
  if (response.status !== 201) throw new Error(`POST /orgs: ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  await seedMembers(id, size - 1, `console${size}`);
  return { orgId: id, token };
}

/**
 * Console JavaScript on first load (gzipped), and the members page's first page rendered in
 * chromium for an org of 10 and of 1,000 members, alternating runs in one browser.
 */
export async function benchConsole(stack: LocalStack, notes: string[]): Promise<ConsoleBench> {
  await ensureConsoleBuilt();
  const size = firstLoadSize();
  if (!existsSync(chromiumPath)) {
    notes.push(`console: no chromium at ${chromiumPath}: members page timing skipped`);
    return { ...size, limitKb: CONSOLE_JS_LIMIT_KB, membersPageMs: null };
  }
  progress('console: members page in chromium (10 and 1,000 members)…');
  const small = await orgWithMembers(stack, 10);
  const large = await orgWithMembers(stack, 1000);
  const browser = await launchChromium();
  const times: Record<'small' | 'large', number[]> = { small: [], large: [] };
  const runs = 7;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.appUrl}/sign-in`);
    for (let run = 0; run < runs; run++) {
      for (const [which, org] of [
        ['small', small],
        ['large', large],
      ] as const) {
        await page.evaluate(
          `localStorage.setItem('orgs.session', ${JSON.stringify(JSON.stringify({ accessToken: org.token, expiresAt: 0 }))})`,
        );
        const started = Date.now();
        await page.goto(`${stack.appUrl}/orgs/${org.orgId}/members`);
        await page.locator('tbody tr').first().waitFor();
        if (run > 0) times[which].push(Date.now() - started); // the first run warms caches
      }
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return {
    ...size,
    limitKb: CONSOLE_JS_LIMIT_KB,
    membersPageMs: { members10: median(times.small), members1000: median(times.large), runs: runs - 1 },
  };
}
