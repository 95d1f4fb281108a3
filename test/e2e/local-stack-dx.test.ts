import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { afterAll, describe, expect, it } from 'vitest';
import { localConfig } from '../../infra/local/config.ts';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { freePort } from '../../infra/local/free-port.ts';
import { busyPorts } from '../../infra/local/port-check.ts';
import {
  alive,
  allGone,
  cliEnv,
  descendants,
  type RunningCli,
  run,
  tempDataDir,
} from '../support/local-cli.ts';
import { devClaims, signWithDevKey } from '../support/tokens.ts';
import { until } from '../support/wait.ts';

const started: RunningCli[] = [];
const start = (command: string, args: string[], env: NodeJS.ProcessEnv) => {
  const cli = run(command, args, env);
  started.push(cli);
  return cli;
};
const startStack = (env: NodeJS.ProcessEnv, args: string[] = []) =>
  start(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', ...args], env);

afterAll(() => {
  for (const cli of started) {
    for (const pid of [cli.child.pid ?? 0, ...descendants(cli.child.pid ?? 0)]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
});

describe('npm run token', () => {
  it.each([
    [['--help'], 0, ''],
    [['--bogus'], 2, "Unknown option '--bogus'"],
    [['--email', 'a@example.com', '--expires-in', '5'], 2, '--expires-in 5: use a number and a unit'],
    [[], 2, '--email is required'],
  ])('%j prints the usage (exit %i), never a stack trace', async (args, code, problem) => {
    const cli = start(process.execPath, ['--import', 'tsx', 'infra/local/token.ts', ...args], cliEnv());
    expect(await cli.exited).toBe(code);
    expect(cli.output()).toContain('usage: npm run -s token -- --email');
    expect(cli.output()).toContain(problem);
    expect(cli.output()).not.toMatch(/\n\s+at /);
  });
});

describe('npm start on a busy port', () => {
  let blocker: Server;
  const listen = () =>
    new Promise<number>((resolve) => {
      blocker = createServer().listen(0, '127.0.0.1', () => {
        const address = blocker.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  afterAll(() => blocker?.close());

  it('names each taken port and the variable that moves it, within 2 s, before starting anything', async () => {
    const port = await listen();
    const config = localConfig(
      cliEnv({ DYNAMODB_PORT: String(port), SES_PORT: String(port), STORAGE_PORT: String(port) }),
      { inMemory: true },
    );
    const began = performance.now();
    expect(await busyPorts(config)).toEqual([
      { variable: 'DYNAMODB_PORT', port },
      { variable: 'SES_PORT', port },
      { variable: 'STORAGE_PORT', port },
    ]);
    expect(performance.now() - began).toBeLessThan(2000);

    const cli = startStack(cliEnv({ DYNAMODB_PORT: String(port) }), ['--in-memory']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain(`Port ${port} is taken (DYNAMODB_PORT)`);
    expect(cli.output()).toContain(`DYNAMODB_PORT=<another port>`);
    expect(cli.output()).not.toContain('DynamoDB Local');
  });
});

describe('kill -TERM <pid of npm start>', () => {
  it('stops the stack: no node or Java process is left', { timeout: 180_000 }, async () => {
    const npm = start('npm', ['start', '--', '--in-memory'], cliEnv({ LOCAL_DATA_DIR: tempDataDir() }));
    await npm.ready;
    const tree = descendants(npm.child.pid ?? 0);
    expect(tree.length).toBeGreaterThanOrEqual(2); // sh → node (→ java)
    npm.child.kill('SIGTERM');
    await allGone(tree);
    expect(alive(tree)).toEqual([]);
  });
});

describe('a persisted stack after a crash and a restart', () => {
  it('stops the DynamoDB Local left over, keeps billing (Stripe emulator) and the mailbox', {
    timeout: 300_000,
  }, async () => {
    const dataDir = tempDataDir();
    const env = cliEnv({ LOCAL_DATA_DIR: dataDir });
    const first = startStack(env);
    const urls = await first.ready;
    const token = await signWithDevKey(devClaims({ name: 'Ada' }), dataDir);
    const call = async (method: string, url: string, body?: unknown) => {
      const response = await fetch(`${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      // biome-ignore lint/suspicious/noExplicitAny: JSON bodies read by tests
      return { status: response.status, body: (await response.json()) as any };
    };
    const org = await call('POST', `${urls.api}/orgs`, { name: 'Restart GmbH', timeZone: 'Europe/Berlin' });
    expect(org.status).toBe(201);
    const billing = await call('PUT', `${urls.api}/orgs/${org.body.id}/billing`, {
      customerName: 'Restart GmbH',
      billingEmail: 'billing@restart.example',
      address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    });
    expect(billing.status).toBe(200);
    const ses = new SESClient({
      endpoint: urls.ses,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ses.send(
      new SendEmailCommand({
        Source: 'test@orgs.local',
        Destination: { ToAddresses: ['kept@example.com'] },
        Message: { Subject: { Data: 'kept across restarts' }, Body: { Text: { Data: 'hello' } } },
      }),
    );
    ses.destroy();
    await until(
      async () => {
        try {
          return readFileSync(path.join(dataDir, 'ses-mailbox.json'), 'utf8');
        } catch {
          return '';
        }
      },
      (text) => text.includes('kept across restarts'),
      'the mailbox file',
    );

    // a crash: the node process dies at once; its Java child follows it (its stdin ends)
    const pidFile = path.join(dataDir, 'dynamodb-local.pid');
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(alive([child])).toEqual([child]);
    first.child.kill('SIGKILL');
    await first.exited;
    await allGone([child]);
    // a DynamoDB Local that did outlive its run on the same data (started by hand, or by an older
    // version without that watch) is stopped by the next start, which says so
    const stray = await startDynamoDbLocal({
      port: await freePort(),
      dataDir: path.join(dataDir, 'dynamodb'),
    });
    const leftover = stray.pid as number;
    writeFileSync(pidFile, `${leftover}\n`);

    const second = startStack(env);
    const again = await second.ready;
    expect(second.output()).toContain(`left over from an earlier run (pid ${leftover})`);
    expect(alive([leftover])).toEqual([]);

    const intent = await call('POST', `${again.api}/orgs/${org.body.id}/billing/setup-intent`);
    expect(intent.status).toBe(201);
    const confirmed = await fetch(
      `${again.stripe}/__emulator/setup_intents/${intent.body.setupIntentId}/confirm`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ card: '4242424242424242' }),
      },
    );
    expect(confirmed.status).toBe(200);
    const mailbox = await (await fetch(`${again.ses}/store`)).json();
    expect(JSON.stringify(mailbox)).toContain('kept across restarts');

    const tree = descendants(second.child.pid ?? 0);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await allGone(tree);
  });
});
