import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/free-port.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { devClaims, signWithDevKey } from '../support/tokens.ts';

/**
 * After creation, an API key's secret appears nowhere: not in the local stack's log
 * (every line, at DEBUG), the audit log, the mailbox, any list or get response, nor
 * any item of the table (only its hash is stored; the Scan is this test's, on its own
 * stack). The stack runs as `npm start` runs it, in a child process whose output is kept.
 */

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'orgs-secret-'));
let child: ChildProcess | undefined;
let output = '';
let api = '';
let ses = '';
let dynamodb = '';

async function call(
  method: string,
  url: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${api}${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { POWERTOOLS_LOG_LEVEL: 'DEBUG', LOCAL_DATA_DIR: dataDir };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'JAVA', 'JAVA_HOME']) {
    if (process.env[name]) env[name] = process.env[name];
  }
  for (const name of [
    'API_PORT',
    'DYNAMODB_PORT',
    'SES_PORT',
    'STRIPE_PORT',
    'STORAGE_PORT',
    'CONSOLE_PORT',
  ]) {
    env[name] = String(await freePort());
  }
  child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--in-memory'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 90_000;
  while (!/ready: api=/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`the stack did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  api = /api=(\S+)/.exec(output)?.[1] ?? '';
  ses = /ses=(\S+)/.exec(output)?.[1] ?? '';
  dynamodb = /dynamodb=(\S+)/.exec(output)?.[1] ?? '';
}, 120_000);

afterAll(() => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const user = async (name: string) => {
  const claims = devClaims({ name });
  const token = await signWithDevKey(claims, dataDir);
  expect((await call('GET', '/me', token)).status).toBe(200);
  return { token, userId: claims.sub as string, email: claims.email as string };
};

describe('an API key secret after creation', () => {
  it('is in no log line, audit entry, email, list or get response, nor table item', {
    timeout: 120_000,
  }, async () => {
    const owner = await user('Owner');
    const developer = await user('Dev');
    const org = await call('POST', '/orgs', owner.token, { name: 'Secretive', timeZone: 'Europe/Berlin' });
    expect(org.status).toBe(201);
    const orgId = org.body.id as string;
    const invitation = await call('POST', `/orgs/${orgId}/invitations`, owner.token, {
      email: developer.email,
      role: 'developer',
    });
    expect((await call('POST', `/invitations/${invitation.body.id}/accept`, developer.token)).status).toBe(
      200,
    );

    const secrets: string[] = [];
    const created = await call(
      'POST',
      `/orgs/${orgId}/api-keys`,
      owner.token,
      { name: 'owner key', mode: 'sandbox' },
      {
        'idempotency-key': 'secret-test-1',
      },
    );
    expect(created.status).toBe(201);
    secrets.push(created.body.key);
    const replayed = await call(
      'POST',
      `/orgs/${orgId}/api-keys`,
      owner.token,
      { name: 'owner key', mode: 'sandbox' },
      {
        'idempotency-key': 'secret-test-1',
      },
    );
    expect(replayed.body.key).toBe(created.body.key);
    const devKey = await call('POST', `/orgs/${orgId}/api-keys`, developer.token, {
      name: 'dev key',
      mode: 'sandbox',
    });
    secrets.push(devKey.body.key);
    const rolled = await call('POST', `/orgs/${orgId}/api-keys/${created.body.id}/roll`, owner.token, {
      expiresInSeconds: 600,
    });
    expect(rolled.status).toBe(201);
    secrets.push(rolled.body.key);

    // use them, well and badly
    for (const key of secrets) {
      expect(
        (await call('GET', '/v1/organization', undefined, undefined, { authorization: `Bearer ${key}` }))
          .status,
      ).toBe(200);
      expect((await call('GET', '/v1/organization', undefined, undefined, { 'x-api-key': key })).status).toBe(
        200,
      );
      const typo = `${key.slice(0, -2)}${key.at(-2) === 'a' ? 'b' : 'a'}${key.at(-1)}`;
      expect(
        (await call('GET', '/v1/organization', undefined, undefined, { 'x-api-key': typo })).status,
      ).toBe(401);
      expect(
        (await call('GET', `/orgs/${orgId}`, undefined, undefined, { authorization: `Bearer ${key}` }))
          .status,
      ).toBe(401);
    }
    // the developer is blocked: a suspension email goes out; then the owner's first key is revoked
    expect((await call('POST', `/orgs/${orgId}/members/${developer.userId}/block`, owner.token)).status).toBe(
      200,
    );
    expect((await call('DELETE', `/orgs/${orgId}/api-keys/${rolled.body.id}`, owner.token)).status).toBe(204);

    const seen: string[] = [];
    const deadline = Date.now() + 20_000;
    let mailbox = '';
    while (!/stopped working/.test(mailbox)) {
      if (Date.now() > deadline) throw new Error(`no suspension email: ${mailbox}`);
      mailbox = await (await fetch(`${ses}/store`)).text();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    seen.push(mailbox);
    const list = await call('GET', `/orgs/${orgId}/api-keys?limit=100`, owner.token);
    expect(list.body.items).toHaveLength(3);
    seen.push(list.text);
    for (const item of list.body.items)
      seen.push((await call('GET', `/orgs/${orgId}/api-keys/${item.id}`, owner.token)).text);
    const audit = await call('GET', `/orgs/${orgId}/audit-log?limit=100`, owner.token);
    expect(audit.text).toContain('api_key.created');
    expect(audit.text).toContain('api_key.suspended');
    seen.push(audit.text);
    const table = new DynamoDBClient({
      endpoint: dynamodb,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const { Items = [] } = await table.send(new ScanCommand({ TableName: 'orgs-local' }));
    expect(Items.length).toBeGreaterThan(10);
    seen.push(JSON.stringify(Items));
    expect(output).toMatch(/"level":"(INFO|DEBUG)"/);
    seen.push(output);

    for (const secret of secrets) {
      expect(secret).toMatch(/^orgs_test_/);
      for (const text of seen) expect(text.includes(secret)).toBe(false);
      // nor its random part alone
      for (const text of seen) expect(text.includes(secret.slice(10, 40))).toBe(false);
    }
  });
});
