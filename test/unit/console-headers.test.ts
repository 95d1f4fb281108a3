import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCsp } from '../../infra/console-headers.ts';
import {
  DEV_SIGN_IN_PATH,
  localConsoleConfig,
  startConsoleServer,
} from '../../infra/local/console-server.ts';

/**
 * The local console (infra/local/console-server.ts) sends the security headers CloudFront sends
 * deployed (infra/constructs/console.ts): CSP, X-Frame-Options, Referrer-Policy, nosniff, on
 * every response, with the local stack's own origins in the CSP.
 */

const api = 'http://127.0.0.1:7001';
const stripe = 'http://127.0.0.1:7002';
const storage = 'http://127.0.0.1:7003';

let server: Server;
let base: string;
let distDir: string;

beforeAll(async () => {
  distDir = mkdtempSync(path.join(tmpdir(), 'orgs-console-'));
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(path.join(distDir, 'assets', 'app.js'), 'console.log(1)');
  const started = await startConsoleServer({
    port: 0,
    host: '127.0.0.1',
    distDir,
    config: localConsoleConfig(api, stripe, true),
    devSignIn: true,
    storageUrl: storage,
  });
  server = started.server;
  base = `http://127.0.0.1:${started.port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(distDir, { recursive: true, force: true });
});

const directives = (csp: string | null) =>
  Object.fromEntries(
    (csp ?? '').split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe('the local console’s security headers', () => {
  it.each([
    ['index.html (a console route)', '/orgs/org_1'],
    ['an asset', '/assets/app.js'],
    ['config.json', '/config.json'],
    ['the development sign-in', DEV_SIGN_IN_PATH],
    ['a missing asset', '/assets/missing.js'],
  ])('%s', async (_label, requestPath) => {
    const response = await fetch(`${base}${requestPath}`);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'", stripe]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'", api, storage, stripe]);
    expect(csp['img-src']).toEqual(["'self'", 'https:', 'data:', storage]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // the deployed definition, with the local origins
    expect(response.headers.get('content-security-policy')).toBe(
      consoleCsp({
        api,
        uploads: storage,
        stripe: { script: stripe, api: stripe, frames: [stripe] },
        images: [storage],
      }),
    );
  });

  it('the development sign-in page has no inline style (its CSS is a file of this origin)', async () => {
    const page = await (await fetch(`${base}${DEV_SIGN_IN_PATH}`)).text();
    expect(page).not.toMatch(/<style|style=/);
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(page)?.[1];
    expect(href).toBeDefined();
    const css = await fetch(`${base}${href}`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});
