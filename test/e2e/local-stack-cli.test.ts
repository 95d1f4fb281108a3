import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { localCredentials, localRegion } from '../../infra/local/dynamodb-local.ts';
import { freePort } from '../../infra/local/free-port.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { devClaims, newKey, serveJwks, signWith, signWithDevKey } from '../support/tokens.ts';

/**
 * The local stack as an external user runs it: `tsx infra/local/start.ts` in a
 * child process, with its own ports and data directory, talked to over HTTP.
 */

const TSX = path.join(projectRoot, 'node_modules/.bin/tsx');
const READY_DEADLINE_MS = 45_000;
const EXIT_DEADLINE_MS = 15_000;

const tempDirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `orgs-cli-${prefix}-`));
  tempDirs.push(dir);
  return dir;
};

/** Only what a shell user would have: none of the test stack's TABLE_NAME, AUTH_*, endpoints… */
function baseEnv(): NodeJS.ProcessEnv {
  // the console's port too: 5173 may be taken by another stack, and taken ports stop the start
  const env: NodeJS.ProcessEnv = { POWERTOOLS_LOG_LEVEL: 'SILENT', CONSOLE_PORT: '0' };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'JAVA', 'JAVA_HOME']) {
    if (process.env[name]) env[name] = process.env[name];
  }
  return env;
}

interface Ports {
  API_PORT: string;
  DYNAMODB_PORT: string;
  SES_PORT: string;
  STRIPE_PORT: string;
  STORAGE_PORT: string;
  CONSOLE_PORT: string;
  DNS_PORT: string;
}

async function freePorts(): Promise<Ports> {
  const ports = new Set<number>();
  while (ports.size < 7) ports.add(await freePort());
  const [api, dynamodb, ses, stripe, storage, console, dns] = [...ports].map(String) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    API_PORT: api,
    DYNAMODB_PORT: dynamodb,
    SES_PORT: ses,
    STRIPE_PORT: stripe,
    STORAGE_PORT: storage,
    CONSOLE_PORT: console,
    DNS_PORT: dns,
  };
}

interface Cli {
  child: ChildProcess;
  output: () => string;
  stdoutLines: () => string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Process groups of every CLI started: kept after the CLI exits, since an orphaned Java stays in its group. */
const processGroups = new Set<number>();

function runCli(args: string[], env: NodeJS.ProcessEnv): Cli {
  // its own process group, so a failed test can still kill everything it started
  // exactly what `npm start` runs
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid) processGroups.add(child.pid);
  let stdout = '';
  let all = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    all += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    all += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output: () => all, stdoutLines: () => stdout.split('\n').filter(Boolean), exited };
}

async function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what()} (after ${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves with the stdout line containing `ready`; fails if the CLI exits first or the deadline passes. */
function waitForReady(cli: Cli): Promise<string> {
  const ready = new Promise<string>((resolve, reject) => {
    const check = () => {
      const line = cli.stdoutLines().find((candidate) => candidate.includes('ready'));
      if (line) {
        cli.child.stdout?.off('data', check);
        resolve(line);
      }
    };
    cli.child.stdout?.on('data', check);
    check();
    cli.exited.then(({ code, signal }) =>
      reject(new Error(`the CLI exited (${code ?? signal}) before ready:\n${cli.output()}`)),
    );
  });
  return within(ready, READY_DEADLINE_MS, () => `no ready line:\n${cli.output()}`);
}

async function startCli(args: string[], env: NodeJS.ProcessEnv) {
  const cli = runCli(args, env);
  const readyLine = await waitForReady(cli);
  return { ...cli, readyLine };
}

/** A signal to the CLI's own pid only (not its group), as a process manager would send it. */
async function stopCli(cli: Cli, signal: 'SIGTERM' | 'SIGINT' = 'SIGTERM') {
  cli.child.kill(signal);
  return within(cli.exited, EXIT_DEADLINE_MS, () => `the CLI did not exit on ${signal}:\n${cli.output()}`);
}

/** DynamoDB Local processes listening on `port`, from /proc (pid → command line). */
function dynamoDbProcesses(port: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    const portIndex = args.indexOf('-port');
    // started as `-jar DynamoDBLocal.jar` or with the jar on the class path (the BindToHost launcher)
    if (args.some((arg) => arg.includes('DynamoDBLocal.jar')) && args[portIndex + 1] === port) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

async function waitUntil(condition: () => boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Prints a token exactly as `npm run token -- --email … --name …` does. */
async function tokenFromCli(env: NodeJS.ProcessEnv, email: string, name: string): Promise<string> {
  const child = spawn(TSX, ['infra/local/token.ts', '--email', email, '--name', name], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await within(
    new Promise<number | null>((resolve) => child.once('exit', resolve)),
    20_000,
    () => `npm run token did not finish: ${stderr}`,
  );
  expect(code, stderr).toBe(0);
  return stdout.trim();
}

async function getJson(url: string, token?: string) {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

afterAll(() => {
  // whatever a test left behind (a stack, or a DynamoDB Local it orphaned) goes with its group
  for (const group of processGroups) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // the group is empty: nothing left
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('npm start: refusing to start', { timeout: 60_000 }, () => {
  it('without Java: one line saying so and what to install, then a non-zero exit', async () => {
    // PATH holds node (tsx needs it) and nothing else: no java
    const bin = tempDir('nojava');
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const { JAVA: _java, JAVA_HOME: _javaHome, ...env } = baseEnv();
    const cli = runCli(['--in-memory'], {
      ...env,
      ...(await freePorts()),
      PATH: bin,
      LOCAL_DATA_DIR: tempDir('nojava-data'),
    });
    const { code } = await within(cli.exited, 30_000, () => `the CLI did not exit:\n${cli.output()}`);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    const lines = cli
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines, cli.output()).toHaveLength(1);
    expect(lines[0]).toMatch(/java/i);
    expect(lines[0]).toMatch(/install/i);
    expect(lines[0]).toMatch(/JRE|JDK|openjdk/i);
    expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('a partial AUTH_* configuration is refused before anything starts', async () => {
    const ports = await freePorts();
    const cli = runCli(['--in-memory'], {
      ...baseEnv(),
      ...ports,
      LOCAL_DATA_DIR: tempDir('partial'),
      AUTH_ISSUER: 'https://issuer.example.com/',
    });
    const { code } = await within(cli.exited, 30_000, () => `the CLI did not exit:\n${cli.output()}`);
    expect(code).not.toBe(0);
    expect(cli.output()).toContain('AUTH_JWKS_URL');
    expect(dynamoDbProcesses(ports.DYNAMODB_PORT)).toEqual([]);
  });
});

// Each of these starts its own stack (its own JVM); they run one after the other so the JVMs
// do not starve each other of CPU.
describe('npm start (infra/local/start.ts) as a child process', { timeout: 120_000 }, () => {
  it('--in-memory: prints ready, serves /health and /me with a token from `npm run token`, stops everything on SIGTERM with exit 0', async () => {
    const dataDir = tempDir('mem');
    const ports = await freePorts();
    const env = { ...baseEnv(), ...ports, LOCAL_DATA_DIR: dataDir };
    const cli = await startCli(['--in-memory'], env);
    const apiUrl = `http://127.0.0.1:${ports.API_PORT}`;
    expect(cli.readyLine).toContain(apiUrl);
    expect(dynamoDbProcesses(ports.DYNAMODB_PORT)).toHaveLength(1);
    // the console at APP_URL, told where the API is
    const appUrl = `http://localhost:${ports.CONSOLE_PORT}`;
    expect(cli.readyLine).toContain(`console=${appUrl}`);
    // the banner says webhook targets are relaxed here (the local default), unlike deployed
    expect(cli.stdoutLines()).toContainEqual(
      expect.stringMatching(/^webhooks: http and private targets .* WEBHOOK_ALLOW_PRIVATE_TARGETS=true/),
    );
    expect((await getJson(`${appUrl}/config.json`)).body).toMatchObject({ apiUrl });

    expect(await getJson(`${apiUrl}/health`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect((await getJson(`${apiUrl}/me`)).status).toBe(401);

    const token = await tokenFromCli(env, 'Cli.User@Example.com', 'Cli User');
    const me = await getJson(`${apiUrl}/me`, token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'cli.user@example.com', name: 'Cli User', defaultOrgId: null });

    const { code, signal } = await stopCli(cli);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    await waitUntil(
      () => dynamoDbProcesses(ports.DYNAMODB_PORT).length === 0,
      5_000,
      'DynamoDB Local to be gone',
    );
    await expect(fetch(`${apiUrl}/health`)).rejects.toThrow();
  });

  it('without --in-memory, data and the dev key persist across restarts', async () => {
    const dataDir = tempDir('persist');
    const ports = await freePorts();
    const env = { ...baseEnv(), ...ports, LOCAL_DATA_DIR: dataDir };
    const apiUrl = `http://127.0.0.1:${ports.API_PORT}`;

    const first = await startCli([], env);
    expect(first.readyLine).toContain(dataDir);
    const claims = devClaims({ name: 'Persistent' });
    const token = await signWithDevKey(claims, dataDir);
    const created = await getJson(`${apiUrl}/me`, token);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ id: claims.sub, name: 'Persistent', createdAt: expect.any(String) });
    // the object storage keeps its files under the data directory too
    const storageUrl = `http://127.0.0.1:${ports.STORAGE_PORT}`;
    expect(first.readyLine).toContain(`storage=${storageUrl}`);
    // signed, as the functions write (the storage refuses anonymous writes, as S3)
    const storage = new S3Client({
      endpoint: storageUrl,
      forcePathStyle: true,
      region: localRegion,
      credentials: localCredentials,
    });
    const object = { Bucket: 'orgs-branding-local', Key: 'probe.txt' };
    await storage.send(new PutObjectCommand({ ...object, Body: 'kept across restarts' }));
    expect(await stopCli(first)).toEqual({ code: 0, signal: null });
    await waitUntil(
      () => dynamoDbProcesses(ports.DYNAMODB_PORT).length === 0,
      5_000,
      'DynamoDB Local to be gone',
    );

    const second = await startCli([], env);
    // the token signed before the restart is still accepted (same dev key), and the profile is the same
    const again = await getJson(`${apiUrl}/me`, token);
    expect(again.status).toBe(200);
    expect(again.body.createdAt).toBe(created.body.createdAt);
    expect(again.body).toEqual(created.body);
    const kept = await storage.send(new GetObjectCommand(object));
    expect(await kept.Body?.transformToString()).toBe('kept across restarts');
    expect(await stopCli(second, 'SIGINT')).toEqual({ code: 0, signal: null });
    await waitUntil(
      () => dynamoDbProcesses(ports.DYNAMODB_PORT).length === 0,
      5_000,
      'DynamoDB Local to be gone',
    );
  });

  it('with AUTH_ISSUER/AUTH_AUDIENCE/AUTH_JWKS_URL set, it trusts that issuer only', async () => {
    const es256 = await newKey('ES256');
    const rs256 = await newKey('RS256');
    const es384 = await newKey('ES384');
    const jwks = await serveJwks([es256.publicJwk, rs256.publicJwk, es384.publicJwk]);
    try {
      const ports = await freePorts();
      const issuer = 'https://login.example.test/';
      const audience = 'orgs-cli-test';
      const cli = await startCli(['--in-memory'], {
        ...baseEnv(),
        ...ports,
        LOCAL_DATA_DIR: tempDir('issuer'),
        AUTH_ISSUER: issuer,
        AUTH_AUDIENCE: audience,
        AUTH_JWKS_URL: jwks.url,
      });
      const apiUrl = `http://127.0.0.1:${ports.API_PORT}`;
      const claims = (overrides = {}) => devClaims({ iss: issuer, aud: audience, ...overrides });

      const viaEs256 = claims({ email: 'es@example.com' });
      const es = await getJson(`${apiUrl}/me`, await signWith(es256, viaEs256));
      expect(es.status).toBe(200);
      expect(es.body).toMatchObject({ id: viaEs256.sub, email: 'es@example.com' });
      expect(jwks.requests()).toBeGreaterThan(0);

      const viaRs256 = claims();
      const rs = await getJson(`${apiUrl}/me`, await signWith(rs256, viaRs256));
      expect(rs.status).toBe(200);
      expect(rs.body.id).toBe(viaRs256.sub);

      // refused: an algorithm outside RS256/ES256, another audience, the development issuer
      expect((await getJson(`${apiUrl}/me`, await signWith(es384, claims()))).status).toBe(401);
      expect((await getJson(`${apiUrl}/me`, await signWith(es256, claims({ aud: 'orgs-api' })))).status).toBe(
        401,
      );
      const devToken = await signWithDevKey(devClaims());
      const dev = await getJson(`${apiUrl}/me`, devToken);
      expect(dev.status).toBe(401);
      expect(dev.body.code).toBe('UNAUTHENTICATED');
      // and the development issuer's JWKS is not served
      expect((await getJson(`${apiUrl}/__dev/jwks.json`)).status).toBe(404);

      expect(await stopCli(cli)).toEqual({ code: 0, signal: null });
      await waitUntil(
        () => dynamoDbProcesses(ports.DYNAMODB_PORT).length === 0,
        5_000,
        'DynamoDB Local to be gone',
      );
    } finally {
      await jwks.close();
    }
  });
  it('SIGTERM while still starting leaves no DynamoDB Local behind', async () => {
    const ports = await freePorts();
    const cli = runCli(['--in-memory'], { ...baseEnv(), ...ports, LOCAL_DATA_DIR: tempDir('early') });
    await waitUntil(
      () => dynamoDbProcesses(ports.DYNAMODB_PORT).length > 0 || cli.child.exitCode !== null,
      READY_DEADLINE_MS,
      'DynamoDB Local to be spawned',
    );
    expect(cli.child.exitCode, cli.output()).toBeNull();
    expect(cli.stdoutLines().some((line) => line.includes('ready'))).toBe(false);
    cli.child.kill('SIGTERM');
    const exit = await within(
      cli.exited,
      EXIT_DEADLINE_MS,
      () => `the CLI did not exit on SIGTERM:\n${cli.output()}`,
    );
    await waitUntil(
      () => dynamoDbProcesses(ports.DYNAMODB_PORT).length === 0,
      5_000,
      `DynamoDB Local to be gone (CLI exit ${JSON.stringify(exit)}, output:\n${cli.output()})`,
    );
  });
});
