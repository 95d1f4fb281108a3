import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ANY_FREE_PORTS } from '../../infra/local/config.ts';
import { localCredentials, localRegion } from '../../infra/local/dynamodb-local.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { formatInTimeZone } from '../../shared/platform/email/time.ts';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import { emailsTo, type StoredEmail, waitForEmails } from '../support/mailbox.ts';
import { devClaims, signWithDevKey } from '../support/tokens.ts';

/**
 * Notification emails end to end: API calls → table → stream → notify → SES
 * mailbox (`GET /store`). The shared stack for every event; a stack of its own
 * (the CLI in a child process, invitations valid 3 s, cleanup every 2 s) for expiry.
 */

const stack = inject('stack');
const APP_URL = stack.env.APP_URL;
const run = randomUUID().slice(0, 8);

function expectStatus(response: ApiResponse, status: number) {
  expect(response.status, `${response.status} ${JSON.stringify(response.body)}`).toBe(status);
}

async function createOrg(owner: TestUser, name: string, timeZone = 'Asia/Tokyo', baseUrl?: string) {
  const response = baseUrl
    ? await call(baseUrl, 'POST', '/orgs', owner.token, { name, timeZone })
    : await api('POST', '/orgs', { token: owner.token, body: { name, timeZone } });
  expectStatus(response, 201);
  return response.body.id as string;
}

async function invite(owner: TestUser, orgId: string, email: string, role: string) {
  const response = await api('POST', `/orgs/${orgId}/invitations`, {
    token: owner.token,
    body: { email, role },
  });
  expectStatus(response, 201);
  return response.body as { id: string; expiresAt: string };
}

async function join(owner: TestUser, orgId: string, user: TestUser, role: string) {
  const invitation = await invite(owner, orgId, user.email, role);
  expectStatus(await api('POST', `/invitations/${invitation.id}/accept`, { token: user.token }), 200);
  return invitation;
}

/** A request to another stack than the shared one. */
async function call(baseUrl: string, method: string, route: string, token: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const subjects = (emails: StoredEmail[]) => emails.map((email) => email.subject);

// --- the expiry stack: the CLI in a child process --------------------------------------------

const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

afterAll(() => {
  // a test that failed half-way must not leave a stack (or its Java) behind
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function startExpiryStack(cleanupIntervalSeconds = 2) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'orgs-notify-expiry-'));
  tempDirs.push(dataDir);
  const env: NodeJS.ProcessEnv = {
    // only what a shell user would have: none of the shared stack's TABLE_NAME, AUTH_*, endpoints
    ...Object.fromEntries(
      ['PATH', 'HOME', 'TMPDIR', 'LANG', 'JAVA', 'JAVA_HOME'].flatMap((name) =>
        process.env[name] ? [[name, process.env[name]]] : [],
      ),
    ),
    // each part takes a free port as it binds (read back from the ready line): ports picked here
    // could be taken by then — the JVM alone takes seconds to start (EADDRINUSE seen in CI)
    ...ANY_FREE_PORTS,
    LOCAL_DATA_DIR: dataDir,
    INVITATION_TTL_SECONDS: '3',
    CLEANUP_INTERVAL_SECONDS: String(cleanupIntervalSeconds),
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
  // node itself, not the tsx binary: tsx relays SIGTERM and, when the child does not acknowledge
  // it within about 60 ms (a busy event loop on a loaded machine), SIGKILLs it and exits 143
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--in-memory'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, for the afterAll safety net
  });
  children.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  const urls = await new Promise<{ api: string; dynamodb: string; ses: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready: api=(\S+) dynamodb=(\S+) ses=(\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ api: ready[1] ?? '', dynamodb: ready[2] ?? '', ses: ready[3] ?? '' });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited (${code}) before ready:\n${output}`));
    });
  });
  return {
    apiUrl: urls.api,
    dynamodbEndpoint: urls.dynamodb,
    sesUrl: urls.ses,
    dataDir,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return Promise.race([
        exited,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no exit on SIGTERM')), 15_000)),
      ]);
    },
  };
}

/** On a stack of its own: Ada (owner of a new org) invites Bob; tokens signed with that stack's dev key. */
async function inviteOnStack(
  local: Awaited<ReturnType<typeof startExpiryStack>>,
  orgName: string,
  timeZone: string,
  role: string,
) {
  const sign = async (name: string) => {
    const claims = devClaims({ name, email: `${name.toLowerCase()}-${randomUUID()}@example.com` });
    return { token: await signWithDevKey(claims, local.dataDir), email: claims.email as string };
  };
  const owner = await sign('Ada');
  const invitee = await sign('Bob');
  for (const user of [owner, invitee]) {
    expect((await call(local.apiUrl, 'GET', '/me', user.token)).status).toBe(200);
  }
  const org = await call(local.apiUrl, 'POST', '/orgs', owner.token, { name: orgName, timeZone });
  expectStatus(org, 201);
  const invited = await call(local.apiUrl, 'POST', `/orgs/${org.body.id}/invitations`, owner.token, {
    email: invitee.email,
    role,
  });
  expectStatus(invited, 201);
  return { owner, invitee, org, invited, orgName };
}

// ------------------------------------------------------------------------------------------------

describe.concurrent('notification emails', () => {
  it('invitation created, resent and revoked: the invitee gets each email exactly once', async () => {
    const owner = await newUser({ name: 'Ada Lovelace' });
    const orgName = `Analytical ${run}`;
    const orgId = await createOrg(owner, orgName);
    const invitee = await newUser({ name: 'Bob' });

    const invitation = await invite(owner, orgId, invitee.email, 'developer');
    const [created] = await waitForEmails(invitee.email, 1);
    expect(created?.subject).toBe(`Ada Lovelace invited you to ${orgName}`);
    expect(created?.from).toBe(stack.env.EMAIL_FROM);
    const link = `${APP_URL}/invitations/${invitation.id}`;
    expect(created?.body.text).toContain(link);
    expect(created?.body.html).toContain(`href="${link}"`);
    expect(created?.body.text).toContain(formatInTimeZone(invitation.expiresAt, 'Asia/Tokyo'));
    expect(created?.body.text).toContain('GMT+9 (Asia/Tokyo)');

    const resent = await api('POST', `/orgs/${orgId}/invitations/${invitation.id}/resend`, {
      token: owner.token,
    });
    expectStatus(resent, 200);
    await waitForEmails(invitee.email, 1, { subject: /^Reminder: / });

    expectStatus(
      await api('DELETE', `/orgs/${orgId}/invitations/${invitation.id}`, { token: owner.token }),
      204,
    );
    const all = await waitForEmails(invitee.email, 3, { settleMs: 1_500 });
    expect(subjects(all)).toEqual([
      `Ada Lovelace invited you to ${orgName}`,
      `Reminder: Ada Lovelace invited you to ${orgName}`,
      `Your invitation to ${orgName} was withdrawn`,
    ]);
    // the owner was not emailed about any of it
    expect(await emailsTo(stack.sesUrl, owner.email)).toEqual([]);
  });

  it('block, unblock and remove: the member gets one email each', async () => {
    const owner = await newUser({ name: 'Owner' });
    const orgName = `Members ${run}`;
    const orgId = await createOrg(owner, orgName, 'Europe/Berlin');
    const member = await newUser({ name: 'Mia' });
    await join(owner, orgId, member, 'member');
    await waitForEmails(member.email, 1, { settleMs: 0 });

    const memberPath = `/orgs/${orgId}/members/${member.userId}`;
    expectStatus(await api('POST', `${memberPath}/block`, { token: owner.token }), 200);
    await waitForEmails(member.email, 1, { subject: /was blocked$/, settleMs: 0 });
    expectStatus(await api('POST', `${memberPath}/unblock`, { token: owner.token }), 200);
    await waitForEmails(member.email, 1, { subject: /was restored$/, settleMs: 0 });
    expectStatus(await api('DELETE', memberPath, { token: owner.token }), 204);

    const all = await waitForEmails(member.email, 4, { settleMs: 1_500 });
    expect(subjects(all)).toEqual([
      `Owner invited you to ${orgName}`,
      `Your access to ${orgName} was blocked`,
      `Your access to ${orgName} was restored`,
      `You are no longer a member of ${orgName}`,
    ]);
  });

  it('ownership transferred: the old and the new owner get exactly one email each', async () => {
    const owner = await newUser({ name: 'Ada' });
    const orgName = `Transfer ${run}`;
    const orgId = await createOrg(owner, orgName);
    const admin = await newUser({ name: 'Grace' });
    await join(owner, orgId, admin, 'admin');

    const started = await api('POST', `/orgs/${orgId}/ownership-transfer`, {
      token: owner.token,
      body: { toUserId: admin.userId },
    });
    expectStatus(started, 201);
    expectStatus(await api('POST', `/orgs/${orgId}/ownership-transfer/accept`, { token: admin.token }), 200);

    const toNewOwner = await waitForEmails(admin.email, 1, { subject: /owner of/, settleMs: 1_500 });
    expect(subjects(toNewOwner)).toEqual([`You are now the owner of ${orgName}`]);
    expect(toNewOwner[0]?.body.text).toContain('from Ada');
    const toOldOwner = await emailsTo(stack.sesUrl, owner.email);
    expect(subjects(toOldOwner)).toEqual([`You transferred the ownership of ${orgName} to Grace`]);
    // the admin's mailbox: the invitation and the ownership, nothing else
    expect(await emailsTo(stack.sesUrl, admin.email)).toHaveLength(2);
  });

  it('an invitation nobody answers expires: the inviter gets ONE email, and it is listed as expired', async () => {
    const local = await startExpiryStack();
    try {
      const { owner, invitee, org, invited, orgName } = await inviteOnStack(
        local,
        `Expiry ${run}`,
        'Asia/Tokyo',
        'developer',
      );

      // In AWS, TTL deletes hours or days after `ttl`. DynamoDB Local's TTL job scans the
      // table 20 items at a time and may delete the item the moment it expires, racing the
      // cleanup. Move this invitation's `ttl` an hour later, as AWS's lag would, so that the
      // cleanup's path (pending → expired, listed, audited) is the one taken. The TTL path
      // (the REMOVE record), and both paths for one invitation, are covered in
      // test/integration/notify-once.test.ts.
      const ddb = DynamoDBDocumentClient.from(
        new DynamoDBClient({
          endpoint: local.dynamodbEndpoint,
          region: localRegion,
          credentials: localCredentials,
        }),
      );
      await ddb.send(
        new UpdateCommand({
          TableName: 'orgs-local',
          Key: keys.invitation(org.body.id, invited.body.id),
          UpdateExpression: 'SET #ttl = #ttl + :hour',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#ttl': 'ttl', '#status': 'status' },
          ExpressionAttributeValues: { ':hour': 3600, ':pending': 'pending' },
        }),
      );
      ddb.destroy();

      // expiry after 3 s, the cleanup every 2 s
      const expired = await waitForEmails(owner.email, 1, {
        sesUrl: local.sesUrl,
        subject: /expired$/,
        deadlineMs: 40_000,
        settleMs: 4_000,
      });
      expect(subjects(expired)).toEqual([`Your invitation to ${invitee.email} for ${orgName} expired`]);
      expect(await emailsTo(local.sesUrl, owner.email)).toHaveLength(1);
      expect(subjects(await emailsTo(local.sesUrl, invitee.email))).toEqual([
        `Ada invited you to ${orgName}`,
      ]);

      const listed = await call(
        local.apiUrl,
        'GET',
        `/orgs/${org.body.id}/invitations?status=expired`,
        owner.token,
      );
      expectStatus(listed, 200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({ id: invited.body.id, status: 'expired' }),
      ]);
      const audit = await call(local.apiUrl, 'GET', `/orgs/${org.body.id}/audit-log`, owner.token);
      expectStatus(audit, 200);
      expect(audit.body.items).toContainEqual(
        expect.objectContaining({ action: 'invitation.expired', actorId: 'system' }),
      );
    } finally {
      expect(await local.stop()).toBe(0);
    }
  });

  it('with no cleanup run, the real DynamoDB TTL deletion alone sends the inviter ONE expiry email', async () => {
    // the scheduler would first run in an hour: only DynamoDB Local's TTL job can expire it
    const local = await startExpiryStack(3600);
    try {
      const { owner, invitee, org, invited, orgName } = await inviteOnStack(
        local,
        `TTL ${run}`,
        'UTC',
        'member',
      );

      const expired = await waitForEmails(owner.email, 1, {
        sesUrl: local.sesUrl,
        subject: /expired$/,
        deadlineMs: 60_000,
        settleMs: 3_000,
      });
      expect(subjects(expired)).toEqual([`Your invitation to ${invitee.email} for ${orgName} expired`]);
      // the TTL deleted the item: accepting now is 410, and the email can be invited again
      const accepted = await call(
        local.apiUrl,
        'POST',
        `/invitations/${invited.body.id}/accept`,
        invitee.token,
      );
      expectStatus(accepted, 410);
      expect(accepted.body.code).toBe('INVITATION_EXPIRED');
      const again = await call(local.apiUrl, 'POST', `/orgs/${org.body.id}/invitations`, owner.token, {
        email: invitee.email,
        role: 'member',
      });
      expectStatus(again, 201);
    } finally {
      expect(await local.stop()).toBe(0);
    }
  });
});
