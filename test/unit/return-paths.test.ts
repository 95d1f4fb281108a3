import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEV_SIGN_IN_PATH,
  localConsoleConfig,
  startConsoleServer,
} from '../../infra/local/console-server.ts';
import { safePath } from '../../web/src/auth/return-path.ts';

/**
 * Where a sign-in returns to: only a path of the console's own origin, starting with a single
 * `/`. A backslash is a slash to browsers (`/\evil.example` is `//evil.example`, another host),
 * tabs and newlines are dropped from URLs (`/\t/evil.example` too), so neither is allowed anywhere,
 * nor any control character. An encoded backslash or slash (`/%5Cevil`, `/%2F%2Fevil`) stays a
 * path of this origin when navigated to, but becomes one of the above if anything decodes it once
 * more, so a return path must be safe both as given and once decoded: those fall back to `/` too.
 */

const unsafe = [
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '//evil.example',
  '///evil.example',
  'https://evil.example/',
  'evil.example',
  'javascript:alert(1)',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/orgs\u0000',
  '/orgs\u007f',
  '/orgs/\u0085',
  '/%5Cevil',
  '/%5cevil',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%09/evil.example',
  '/%0d%0aSet-Cookie:x',
  '/%E0%A4%A',
  '',
];

const safe = [
  '/',
  '/orgs',
  '/orgs/org_1/members?status=invited',
  '/orgs/a%2Fb',
  '/invitations/inv_1#accept',
  '/a b',
];

describe('the console’s return path (web/src/auth/session.ts safePath)', () => {
  it.each(unsafe)('%j falls back to /', (value) => {
    expect(safePath(value)).toBe('/');
  });

  it.each(safe)('%j is kept', (value) => {
    expect(safePath(value)).toBe(value);
  });

  it('never returns to the sign-in callback, nor to nothing', () => {
    expect(safePath('/auth/callback')).toBe('/');
    expect(safePath(null)).toBe('/');
    expect(safePath(undefined)).toBe('/');
  });
});

describe('the local development sign-in (infra/local/console-server.ts)', () => {
  let server: Server;
  let base: string;
  let distDir: string;
  beforeAll(async () => {
    distDir = mkdtempSync(path.join(tmpdir(), 'orgs-console-'));
    const started = await startConsoleServer({
      port: 0,
      host: '127.0.0.1',
      distDir,
      config: localConsoleConfig('http://127.0.0.1:1', 'http://127.0.0.1:2', true),
      devSignIn: true,
      storageUrl: 'http://127.0.0.1:3',
    });
    server = started.server;
    base = `http://127.0.0.1:${started.port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(distDir, { recursive: true, force: true });
  });

  const formReturnTo = (page: string) =>
    /name="returnTo" value="([^"]*)"/
      .exec(page)?.[1]
      ?.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

  async function returnedTo(returnTo: string) {
    const page = await (
      await fetch(`${base}${DEV_SIGN_IN_PATH}?${new URLSearchParams({ return_to: returnTo })}`)
    ).text();
    const signedIn = await fetch(`${base}${DEV_SIGN_IN_PATH}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'dev@example.com', returnTo }).toString(),
    });
    const location = signedIn.headers.get('location') ?? '';
    const fragment = new URLSearchParams(location.split('#')[1] ?? '');
    return {
      form: formReturnTo(page),
      status: signedIn.status,
      location,
      redirect: fragment.get('return_to'),
    };
  }

  it.each(unsafe)('%j: the form and the redirect carry / instead', async (value) => {
    const { form, status, location, redirect } = await returnedTo(value);
    expect(form).toBe('/');
    expect(status).toBe(303);
    expect(location.startsWith('/auth/callback#')).toBe(true);
    expect(redirect).toBe('/');
  });

  it.each(safe.filter((value) => !value.includes('#')))('%j is carried through', async (value) => {
    const { form, redirect } = await returnedTo(value);
    expect(form).toBe(value);
    expect(redirect).toBe(value);
  });
});
