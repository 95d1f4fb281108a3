import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A cap of 3 for this file's own stack (its handlers run in this process and read it per call).
vi.hoisted(() => {
  process.env.PENDING_INVITATION_LIMIT = '3';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
});

import { handler as cleanup } from '../../functions/scheduled/cleanup.ts';
import { handler as notify } from '../../functions/stream/notify.ts';
import { ANY_FREE_PORTS, localConfig } from '../../infra/local/config.ts';
import { signDevToken } from '../../infra/local/dev-issuer.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { table } from '../../infra/table.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys, orgPk } from '../../shared/platform/dynamo/keys.ts';
import type { ApiResponse } from '../support/http.ts';
import { expectStatus, storedInvitation } from '../support/members.ts';
import { streamRecord } from '../support/stream-records.ts';
import { setAttributes } from '../support/table.ts';
import { until } from '../support/wait.ts';

/**
 * The cap on pending invitations per organization, on a stack of its own (cap 3; the
 * shared stack keeps the default, since other suites hold up to 30 pending in one org).
 * The scheduled cleanup runs only when a test invokes its handler; DynamoDB Local's own
 * TTL job deletes what a test makes overdue.
 */

const CAP = 3;
let stack: LocalStack;

beforeAll(async () => {
  const config = localConfig(
    {
      ...ANY_FREE_PORTS,
      TABLE_NAME: 'orgs-pending-cap',
      CLEANUP_INTERVAL_SECONDS: '3600',
      LOCAL_DATA_DIR: process.env.LOCAL_DATA_DIR,
    },
    { inMemory: true },
  );
  stack = await startLocalStack(config, () => undefined);
  // a JVM just started can answer slowly at first
  await until(
    () => call('GET', '/health/ready'),
    (answer) => answer.status === 200,
    'the stack ready',
    30_000,
  );
}, 150_000);

afterAll(async () => {
  await stack?.stop();
});

async function call(method: string, path: string, token?: string, body?: unknown): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

interface User {
  userId: string;
  email: string;
  token: string;
}

async function newUser(name = 'Invitee'): Promise<User> {
  const email = `cap-${randomUUID()}@example.com`;
  const userId = `user_${randomUUID().replaceAll('-', '')}`;
  const token = await signDevToken({ email, sub: userId, name });
  expectStatus(await call('GET', '/me', token), 200);
  return { userId, email, token };
}

async function newOrg() {
  const owner = await newUser('Owner');
  const name = `Cap ${randomUUID().slice(0, 8)}`;
  const created = await call('POST', '/orgs', owner.token, { name, timeZone: 'UTC' });
  expectStatus(created, 201);
  return { owner, orgId: created.body.id as string, name };
}

const invite = (actor: User, orgId: string, email: string, role = 'member') =>
  call('POST', `/orgs/${orgId}/invitations`, actor.token, { email, role });

/** A fresh registered user invited by `actor`; the invitation must be created. */
async function invited(actor: User, orgId: string, role = 'member') {
  const invitee = await newUser();
  const answer = await invite(actor, orgId, invitee.email, role);
  expectStatus(answer, 201);
  return { invitee, id: answer.body.id as string };
}

/** Invitations up to the cap, one after another. */
async function fill(actor: User, orgId: string, already = 0) {
  const made = [];
  for (let n = already; n < CAP; n++) made.push(await invited(actor, orgId));
  return made;
}

/** The next invitation is refused, and nothing of it is written. */
async function expectFull(actor: User, orgId: string) {
  const before = await partition(orgId);
  const outsider = await newUser();
  expectStatus(await invite(actor, orgId, outsider.email), 409, 'PENDING_INVITATION_LIMIT_REACHED');
  expect(await partition(orgId)).toEqual(before);
  const byEmail = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: table.indexes.byGsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :invite)',
      ExpressionAttributeValues: { ':pk': keys.userByEmail(outsider.email).GSI1PK, ':invite': 'INVITE#' },
    }),
  );
  expect(byEmail.Items ?? []).toEqual([]);
}

/** The org's partition: every item the invitation transaction could write there. */
async function partition(orgId: string) {
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': orgPk(orgId) },
      ConsistentRead: true,
    }),
  );
  return Items;
}

/** The stored counter (undefined: no counter item). */
async function counted(orgId: string): Promise<number | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.pendingInvitationCount(orgId), ConsistentRead: true }),
  );
  return Item?.count as number | undefined;
}

/**
 * Moves an invitation's expiry (and its roster entry's) into the past, as 7 days would;
 * `ttl` as given: an hour ahead keeps DynamoDB's TTL off it, the past hands it to TTL.
 */
async function makeOverdue(orgId: string, invitationId: string, email: string, ttl: number) {
  const past = new Date(Date.now() - 60_000).toISOString();
  const due = keys.pendingInvitationExpiry(past, orgId, invitationId);
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: tableName(),
            Key: keys.invitation(orgId, invitationId),
            UpdateExpression: 'SET expiresAt = :past, #ttl = :ttl, GSI2PK = :pk, GSI2SK = :sk',
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#ttl': 'ttl', '#status': 'status' },
            ExpressionAttributeValues: {
              ':past': past,
              ':ttl': ttl,
              ':pk': due.GSI2PK,
              ':sk': due.GSI2SK,
              ':pending': 'pending',
            },
          },
        },
        {
          Update: {
            TableName: tableName(),
            Key: keys.inviteeGuard(orgId, email),
            UpdateExpression: 'SET expiresAt = :past, #ttl = :ttl',
            ConditionExpression: 'invitationId = :id',
            ExpressionAttributeNames: { '#ttl': 'ttl' },
            ExpressionAttributeValues: { ':past': past, ':ttl': ttl, ':id': invitationId },
          },
        },
      ],
    }),
  );
}

const epoch = (offsetSeconds: number) => Math.floor(Date.now() / 1000) + offsetSeconds;

describe('pending invitations per organization are capped (abuse limits)', () => {
  it('an invitation DynamoDB’s TTL deletes while still pending frees its slot through the table stream', {
    timeout: 120_000,
  }, async () => {
    // first in the file: DynamoDB Local's TTL job walks the table a few items at a time, so the
    // fewer items the table holds, the sooner it gets to this one
    const { owner, orgId } = await newOrg();
    const [doomed] = await fill(owner, orgId);
    if (!doomed) throw new Error('fill made nothing');
    // overdue for TTL, and no cleanup runs here: only the REMOVE record can free it
    await makeOverdue(orgId, doomed.id, doomed.invitee.email, epoch(-1));

    await until(
      () => counted(orgId),
      (count) => count === CAP - 1,
      'the TTL deletion’s release',
      90_000,
    );
    expect(await storedInvitation(orgId, doomed.id)).toBeUndefined();
    const { Item: marker } = await db().send(
      new GetCommand({
        TableName: tableName(),
        Key: keys.pendingInvitationReleased(doomed.id),
        ConsistentRead: true,
      }),
    );
    expect(marker).toMatchObject({ type: 'pendingInvitationReleased', ttl: expect.any(Number) });
    await invited(owner, orgId);
    await expectFull(owner, orgId);
  });

  it('invitations stop at the cap with 409 PENDING_INVITATION_LIMIT_REACHED and nothing written; a revoke makes room for one', async () => {
    const { owner, orgId } = await newOrg();
    const made = await fill(owner, orgId);
    expect(await counted(orgId)).toBe(CAP);
    await expectFull(owner, orgId);
    expect(await counted(orgId)).toBe(CAP);

    const [first] = made;
    expectStatus(await call('DELETE', `/orgs/${orgId}/invitations/${first?.id}`, owner.token), 204);
    expect(await counted(orgId)).toBe(CAP - 1);
    // revoking it again is a no-op: nothing more is freed
    expectStatus(await call('DELETE', `/orgs/${orgId}/invitations/${first?.id}`, owner.token), 204);
    expect(await counted(orgId)).toBe(CAP - 1);

    await invited(owner, orgId);
    await expectFull(owner, orgId);
    // a resend keeps the invitation pending: it frees nothing and takes nothing
    expectStatus(await call('POST', `/orgs/${orgId}/invitations/${made[1]?.id}/resend`, owner.token), 200);
    expect(await counted(orgId)).toBe(CAP);
  });

  it('accepting and declining each free exactly one slot', async () => {
    const { owner, orgId } = await newOrg();
    const [toAccept, toDecline] = await fill(owner, orgId);
    if (!toAccept || !toDecline) throw new Error('fill made fewer than two');

    expectStatus(await call('POST', `/invitations/${toAccept.id}/accept`, toAccept.invitee.token), 200);
    expect(await counted(orgId)).toBe(CAP - 1);
    // a second accept is refused and frees nothing
    expectStatus(
      await call('POST', `/invitations/${toAccept.id}/accept`, toAccept.invitee.token),
      409,
      'INVITATION_ALREADY_USED',
    );
    expect(await counted(orgId)).toBe(CAP - 1);
    await invited(owner, orgId);
    await expectFull(owner, orgId);

    expectStatus(await call('POST', `/invitations/${toDecline.id}/decline`, toDecline.invitee.token), 204);
    expect(await counted(orgId)).toBe(CAP - 1);
    expectStatus(
      await call('POST', `/invitations/${toDecline.id}/decline`, toDecline.invitee.token),
      409,
      'INVITATION_ALREADY_USED',
    );
    expect(await counted(orgId)).toBe(CAP - 1);
    await invited(owner, orgId);
    await expectFull(owner, orgId);
  });

  it('the cleanup’s expiry frees exactly one slot, also when the email was invited again meanwhile', async () => {
    const { owner, orgId } = await newOrg();
    const [expiring, retaken] = await fill(owner, orgId, 1);
    if (!expiring || !retaken) throw new Error('fill made fewer than two');
    await makeOverdue(orgId, expiring.id, expiring.invitee.email, epoch(3600));
    await makeOverdue(orgId, retaken.id, retaken.invitee.email, epoch(3600));
    // an expired invitation's email can be invited again before the cleanup has run (its guard is
    // taken over); the overdue invitations still count until then
    const again = await invite(owner, orgId, retaken.invitee.email);
    expectStatus(again, 201);
    await expectFull(owner, orgId);

    const result = await cleanup({} as never, lambdaContext('cleanup', 60_000));
    expect(result).toMatchObject({ failed: 0 });
    expect((await storedInvitation(orgId, expiring.id))?.status).toBe('expired');
    expect((await storedInvitation(orgId, retaken.id))?.status).toBe('expired');
    expect((await storedInvitation(orgId, again.body.id))?.status).toBe('pending');
    expect(await counted(orgId)).toBe(1);
    // run again: nothing left to expire here, nothing more freed
    await cleanup({} as never, lambdaContext('cleanup', 60_000));
    expect(await counted(orgId)).toBe(1);

    await fill(owner, orgId, 1);
    await expectFull(owner, orgId);
  });

  it('the same TTL deletion delivered twice, one after the other or at once, frees one slot each', async () => {
    const { owner, orgId } = await newOrg();
    const [once, twice] = await fill(owner, orgId, 1);
    if (!once || !twice) throw new Error('fill made fewer than two');
    expect(await counted(orgId)).toBe(2);

    // as TTL would: the item goes (a plain delete: the stack's own consumer ignores it), and the
    // consumer gets the service's REMOVE record — here handed to the notify handler directly
    const remove = async (invitationId: string) => {
      const item = await storedInvitation(orgId, invitationId);
      await db().send(
        new DeleteCommand({ TableName: tableName(), Key: keys.invitation(orgId, invitationId) }),
      );
      return streamRecord('REMOVE', { old: item }, { ttl: true });
    };
    const deliver = async (record: ReturnType<typeof streamRecord>) => {
      const answer = (await notify({ Records: [record] }, lambdaContext('notify'))) as DynamoDBBatchResponse;
      expect(answer.batchItemFailures).toEqual([]);
    };

    const first = await remove(once.id);
    await deliver(first);
    await deliver(first);
    expect(await counted(orgId)).toBe(1);

    const second = await remove(twice.id);
    await Promise.all([deliver(second), deliver(second), deliver({ ...second, eventID: 'another-id' })]);
    expect(await counted(orgId)).toBe(0);

    // a stream REMOVE by anyone else than TTL, or of an invitation no longer pending, frees nothing
    const [kept] = await fill(owner, orgId, CAP - 1);
    const item = await storedInvitation(orgId, kept?.id as string);
    await deliver(streamRecord('REMOVE', { old: item }));
    await deliver(streamRecord('REMOVE', { old: { ...item, status: 'revoked' } }, { ttl: true }));
    expect(await counted(orgId)).toBe(1);
  });

  it('concurrent invitations at one below the cap: exactly one is created', async () => {
    const { owner, orgId } = await newOrg();
    await fill(owner, orgId, 1);
    const invitees = await Promise.all(Array.from({ length: 6 }, () => newUser()));

    const answers = await Promise.all(invitees.map((invitee) => invite(owner, orgId, invitee.email)));

    const created = answers.filter((answer) => answer.status === 201);
    expect(created).toHaveLength(1);
    for (const answer of answers.filter((each) => each.status !== 201)) {
      expectStatus(answer, 409, 'PENDING_INVITATION_LIMIT_REACHED');
    }
    expect(await counted(orgId)).toBe(CAP);
    const pending = (await partition(orgId)).filter((item) => item.type === 'invitation');
    expect(pending).toHaveLength(CAP);
  });

  it('an invitation revoked because its inviter lost access, and the revoke-all of a deletion, free their slots', async () => {
    const { owner, orgId, name } = await newOrg();
    const admin = await invited(owner, orgId, 'admin');
    expectStatus(await call('POST', `/invitations/${admin.id}/accept`, admin.invitee.token), 200);
    const fromAdmin = await invited(admin.invitee, orgId);
    await invited(owner, orgId);
    expect(await counted(orgId)).toBe(2);

    expectStatus(await call('DELETE', `/orgs/${orgId}/members/${admin.invitee.userId}`, owner.token), 204);
    expectStatus(
      await call('POST', `/invitations/${fromAdmin.id}/accept`, fromAdmin.invitee.token),
      410,
      'INVITATION_REVOKED',
    );
    expect((await storedInvitation(orgId, fromAdmin.id))?.status).toBe('revoked');
    expect(await counted(orgId)).toBe(1);

    await fill(owner, orgId, 1);
    const etag = (await call('GET', `/orgs/${orgId}`, owner.token)).headers.get('etag') ?? '';
    const deleting = await fetch(`${stack.apiUrl}/orgs/${orgId}`, {
      method: 'DELETE',
      headers: {
        authorization: `Bearer ${owner.token}`,
        'content-type': 'application/json',
        'if-match': etag,
      },
      body: JSON.stringify({ confirmName: name }),
    });
    expect(deleting.status).toBe(202);
    expect(await counted(orgId)).toBe(0);
  });

  it('invitations from before the counter leave without driving it below zero', async () => {
    const { owner, orgId } = await newOrg();
    const [legacy, other] = await fill(owner, orgId, 1);
    if (!legacy || !other) throw new Error('fill made fewer than two');
    // as before the cap existed: no counter item at all
    await db().send(new DeleteCommand({ TableName: tableName(), Key: keys.pendingInvitationCount(orgId) }));

    expectStatus(await call('DELETE', `/orgs/${orgId}/invitations/${legacy.id}`, owner.token), 204);
    expect((await storedInvitation(orgId, legacy.id))?.status).toBe('revoked');
    expect(await counted(orgId)).toBeUndefined();

    // a counter at zero (its invitations all left) stays at zero, and the status change commits
    await setAttributes(keys.pendingInvitationCount(orgId), { count: 0 });
    expectStatus(await call('POST', `/invitations/${other.id}/decline`, other.invitee.token), 204);
    expect((await storedInvitation(orgId, other.id))?.status).toBe('declined');
    expect(await counted(orgId)).toBe(0);

    await fill(owner, orgId);
    await expectFull(owner, orgId);
  });
});
