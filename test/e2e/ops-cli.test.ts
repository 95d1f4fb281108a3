import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { main } from '../../infra/ops/cli.ts';
import { api, newUser, type TestUser } from '../support/http.ts';
import { waitForEmails } from '../support/mailbox.ts';
import { expectStatus, inviteAndAccept, inviteOk } from '../support/members.ts';
import { createOrgFor, expectProblem, scheduleDeletion } from '../support/orgs.ts';

/** `npm run ops` against the test stack's table: each command, and its audit entry as `operator:<name>`. */

async function ops(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  const text = out.join('\n');
  return { code, json: text ? JSON.parse(text) : undefined, err: err.join('\n') };
}

async function auditActions(owner: TestUser, orgId: string) {
  const log = await api('GET', `/orgs/${orgId}/audit-log?limit=20`, { token: owner.token });
  expectStatus(log, 200);
  return log.body.items as { action: string; actorId: string }[];
}

describe('npm run ops', () => {
  it('lookup-user finds a user by email or id, with their limit and memberships', async () => {
    const owner = await newUser({ name: 'Looked Up' });
    const org = await createOrgFor(owner);
    for (const key of [owner.email.toUpperCase(), owner.userId]) {
      const found = await ops('lookup-user', key);
      expect(found.code).toBe(0);
      expect(found.json).toEqual([
        {
          user: expect.objectContaining({ id: owner.userId, email: owner.email }),
          orgLimit: { ownedCount: 1, orgLimit: 1 },
          memberships: [{ orgId: org.id, role: 'owner', status: 'active' }],
        },
      ]);
    }
    expect((await ops('lookup-user', 'nobody@example.com')).json).toEqual([]);
  });

  it('lookup-org shows the organization; an unknown id exits 1', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const found = await ops('lookup-org', org.id);
    expect(found.code).toBe(0);
    expect(found.json.org).toMatchObject({ id: org.id, ownerId: owner.userId, activeMemberCount: 1 });
    const missing = await ops('lookup-org', 'org_missing');
    expect(missing).toMatchObject({ code: 1, json: null });
  });

  it('raise-org-limit lets the user create another org, audited as operator:<name>', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const second = { name: 'Second', timeZone: 'UTC' };
    expectProblem(await api('POST', '/orgs', { token: owner.token, body: second }), 409, 'ORG_LIMIT_REACHED');
    expect((await ops('raise-org-limit', owner.userId, '2')).code).toBe(2); // no --operator
    const raised = await ops('raise-org-limit', owner.userId, '2', '--operator', 'alice');
    expect(raised).toMatchObject({ code: 0, json: { ownedCount: 1, orgLimit: 2 } });
    expectStatus(await api('POST', '/orgs', { token: owner.token, body: second }), 201);
    expect(await auditActions(owner, org.id)).toContainEqual(
      expect.objectContaining({ action: 'user.org_limit_changed', actorId: 'operator:alice' }),
    );
  });

  it('cancel-deletion restores a scheduled org for its members', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const member = await inviteAndAccept(owner, org.id, 'member');
    await scheduleDeletion(owner, org.id);
    expectProblem(await api('GET', `/orgs/${org.id}`, { token: member.token }), 404, 'NOT_FOUND');
    const cancelled = await ops('cancel-deletion', org.id, '--operator', 'bob');
    expect(cancelled.code).toBe(0);
    expect(cancelled.json.deleteAt).toBeUndefined();
    expectStatus(await api('GET', `/orgs/${org.id}`, { token: member.token }), 200);
    expect(await auditActions(owner, org.id)).toContainEqual(
      expect.objectContaining({ action: 'org.restored', actorId: 'operator:bob' }),
    );
    const again = await ops('cancel-deletion', org.id, '--operator', 'bob');
    expect(again.code).toBe(1);
    expect(again.err).toContain('CONFLICT');
  });

  it('resend-invitation emails the invitee again', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const invitee = await newUser();
    const invitationId = await inviteOk(owner, org.id, invitee.email, 'member');
    await waitForEmails(invitee.email, 1, { settleMs: 0 });
    const resent = await ops('resend-invitation', org.id, invitationId, '--operator', 'carol');
    expect(resent.code).toBe(0);
    await waitForEmails(invitee.email, 2, { settleMs: 0 });
    expect(await auditActions(owner, org.id)).toContainEqual(
      expect.objectContaining({ action: 'invitation.resent', actorId: 'operator:carol' }),
    );
  });

  it('runs as `npm run ops` against a table named on the command line', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const env = inject('stack').env;
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '-s',
        'ops',
        '--',
        'lookup-org',
        org.id,
        '--table',
        env.TABLE_NAME ?? '',
        '--endpoint',
        env.DYNAMODB_ENDPOINT ?? '',
      ],
      { cwd: projectRoot, env: { ...process.env, ...env } },
    );
    expect(JSON.parse(stdout).org).toMatchObject({ id: org.id });
    const usage = await ops('no-such-command');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: npm run ops');
  });
});
