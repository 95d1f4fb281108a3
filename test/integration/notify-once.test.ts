import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { handler } from '../../functions/stream/notify.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { expiryEventKey } from '../../shared/notifications/detect.ts';
import { sendWithSes, setEmailSenderForTests } from '../../shared/notifications/ses.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import type { StoredEmail } from '../support/mailbox.ts';
import { streamRecord } from '../support/stream-records.ts';

/**
 * The notify handler, imported and called directly (as Lambda would call it)
 * against the shared stack's DynamoDB Local and SES mailbox.
 *
 * The org, users and memberships the handler looks up are real items written
 * to the table. The records that TRIGGER emails carry images of items that are
 * not written: the shared stack's own stream poller invokes the same handler
 * for every real write, and a real invitation would be emailed by it too (under
 * its own eventID), which would make "exactly once" here unobservable.
 * Each test uses fresh addresses and filters the shared mailbox by them.
 */

type Item = Record<string, unknown>;

const stack = inject('stack');
const run = randomUUID().slice(0, 8);
const address = (name: string) => `${name}-${run}-${randomUUID().slice(0, 6)}@example.com`;

async function mailbox(): Promise<StoredEmail[]> {
  const response = await fetch(`${stack.sesUrl}/store`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

/** Emails addressed to each of `addresses`, by address. */
async function inbox(...addresses: string[]): Promise<Record<string, StoredEmail[]>> {
  const emails = await mailbox();
  return Object.fromEntries(
    addresses.map((to) => [to, emails.filter((email) => email.destination.to.includes(to))]),
  );
}

const counts = async (...addresses: string[]) =>
  Object.fromEntries(Object.entries(await inbox(...addresses)).map(([to, emails]) => [to, emails.length]));

const deliver = (records: DynamoDBRecord[]) =>
  handler({ Records: records }, lambdaContext('notify')) as Promise<DynamoDBBatchResponse>;

const put = (item: Item) => db().send(new PutCommand({ TableName: tableName(), Item: item }));

interface Person {
  userId: string;
  email: string;
  name: string;
}
const person = (name: string): Person => ({ userId: `user_${randomUUID()}`, email: address(name), name });

async function seedUser(user: Person) {
  const now = new Date().toISOString();
  await put({
    ...keys.user(user.userId),
    ...keys.userByEmail(user.email),
    type: 'user',
    id: user.userId,
    email: user.email,
    emailVerified: true,
    name: user.name,
    createdAt: now,
    updatedAt: now,
  });
}

function memberItem(orgId: string, user: Person, role: string, status = 'active', storeEmail = true): Item {
  const now = new Date().toISOString();
  return {
    ...keys.member(orgId, user.userId),
    ...keys.memberOfUser(user.userId, orgId),
    type: 'member',
    orgId,
    userId: user.userId,
    email: storeEmail ? user.email : null,
    name: user.name,
    role,
    status,
    joinedAt: now,
    updatedAt: now,
  };
}

function orgItem(orgId: string, owner: Person, overrides: Item = {}): Item {
  const now = new Date().toISOString();
  return {
    ...keys.org(orgId),
    type: 'org',
    id: orgId,
    name: `Acme ${run}`,
    timeZone: 'Asia/Tokyo',
    branding: { logoUrl: 'https://cdn.example.com/acme.png', bannerUrl: null, badgeUrl: null },
    mode: 'sandbox',
    planId: 'basic',
    memberLimit: 10,
    activeMemberCount: 5,
    ownerId: owner.userId,
    defaultWorkspaceId: 'ws_1',
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

function invitationItem(orgId: string, inviter: Person, inviteeEmail: string, overrides: Item = {}): Item {
  const id = `inv_${randomUUID()}`;
  return {
    ...keys.invitation(orgId, id),
    ...keys.invitationByEmail(inviteeEmail, orgId, id),
    type: 'invitation',
    id,
    orgId,
    email: inviteeEmail,
    role: 'developer',
    status: 'pending',
    invitedBy: inviter.userId,
    inviterName: inviter.name,
    createdAt: '2026-11-15T10:00:00.000Z',
    expiresAt: '2026-11-22T10:00:00.000Z',
    lastSentAt: '2026-11-15T10:00:00.000Z',
    resendCount: 0,
    resendWindowStart: '2026-11-15T10:00:00.000Z',
    ttl: 1795341600,
    ...overrides,
  };
}

// one org with an owner, an admin, an active finance member (email only on the profile),
// a blocked finance member, a developer, and an inviter
const orgId = `org_notify_${run}`;
const owner = person('owner');
const admin = person('admin');
const finance = person('finance');
const blockedFinance = person('blocked-finance');
const developer = person('developer');
const inviter = person('inviter');

beforeAll(async () => {
  for (const user of [owner, admin, finance, blockedFinance, developer, inviter]) await seedUser(user);
  await put(orgItem(orgId, owner));
  await put(memberItem(orgId, owner, 'owner'));
  await put(memberItem(orgId, admin, 'admin'));
  await put(memberItem(orgId, finance, 'finance', 'active', false));
  await put(memberItem(orgId, blockedFinance, 'finance', 'blocked'));
  await put(memberItem(orgId, developer, 'developer'));
  await put(memberItem(orgId, inviter, 'admin'));
});

afterEach(() => setEmailSenderForTests(undefined));

describe('notify: each email once', () => {
  it('the same batch delivered twice sends each email exactly once; other records send nothing', async () => {
    const invitee = address('invitee');
    const expiring = invitationItem(orgId, inviter, address('never-answered'));
    const org = orgItem(orgId, owner);
    const batch = [
      streamRecord('INSERT', { new: invitationItem(orgId, inviter, invitee) }),
      streamRecord('INSERT', {
        new: { ...keys.auditEntry(orgId, `01${run}`), type: 'audit', orgId, action: 'invitation.created' },
      }),
      streamRecord(
        'REMOVE',
        {
          old: {
            ...keys.inviteeGuard(orgId, invitee),
            type: 'invitee',
            orgId,
            invitationId: 'inv_x',
            email: invitee,
          },
        },
        { ttl: true },
      ),
      streamRecord('MODIFY', {
        old: memberItem(orgId, developer, 'developer'),
        new: memberItem(orgId, developer, 'developer', 'blocked'),
      }),
      streamRecord('MODIFY', { old: org, new: { ...org, paymentFailedAt: new Date().toISOString() } }),
      // the same invitation's expiry reported by the cleanup AND by TTL: one email to the inviter
      streamRecord('MODIFY', { old: expiring, new: { ...expiring, status: 'expired', ttl: undefined } }),
      streamRecord('REMOVE', { old: expiring }, { ttl: true }),
      streamRecord('MODIFY', { old: org, new: { ...org, ownerId: admin.userId } }),
    ];
    const everyone = [invitee, owner, admin, finance, blockedFinance, developer, inviter].map((p) =>
      typeof p === 'string' ? p : p.email,
    );
    const expected = {
      [invitee]: 1,
      [owner.email]: 2, // payment failed + ownership transferred
      [admin.email]: 1, // now the owner
      [finance.email]: 1, // payment failed (address from the profile)
      [blockedFinance.email]: 0,
      [developer.email]: 1, // blocked
      [inviter.email]: 1, // expired, once for two records
    };

    expect(await deliver(batch)).toEqual({ batchItemFailures: [] });
    expect(await counts(...everyone)).toEqual(expected);
    expect(await deliver(batch)).toEqual({ batchItemFailures: [] });
    expect(await deliver(batch.toReversed())).toEqual({ batchItemFailures: [] });
    expect(await counts(...everyone)).toEqual(expected);

    const mail = await inbox(invitee, inviter.email, owner.email, admin.email, developer.email);
    const invitation = mail[invitee]?.[0];
    expect(invitation?.subject).toBe(`${inviter.name} invited you to Acme ${run}`);
    expect(invitation?.from).toBe(stack.env.EMAIL_FROM);
    const link = `${stack.env.APP_URL}/invitations/${batch[0]?.dynamodb?.NewImage?.id?.S}`;
    expect(invitation?.body.text).toContain(link);
    expect(invitation?.body.html).toContain(`href="${link}"`);
    expect(invitation?.body.text).toMatch(/22 November 2026(,| at) 19:00 GMT\+9 \(Asia\/Tokyo\)/);
    expect(mail[inviter.email]?.[0]?.subject).toBe(
      `Your invitation to ${expiring.email} for Acme ${run} expired`,
    );
    expect(mail[owner.email]?.map((email) => email.subject).sort()).toEqual([
      `Action needed: a payment for Acme ${run} failed`,
      `You transferred the ownership of Acme ${run} to ${admin.name}`,
    ]);
    expect(mail[admin.email]?.[0]?.subject).toBe(`You are now the owner of Acme ${run}`);
    expect(mail[developer.email]?.[0]?.subject).toBe(`Your access to Acme ${run} was blocked`);

    // the claim of the expiry is keyed by the invitation, not by either stream record
    const { Item } = await db().send(
      new GetCommand({
        TableName: tableName(),
        Key: keys.emailSent(expiryEventKey(expiring.id as string), inviter.email),
        ConsistentRead: true,
      }),
    );
    expect(Item).toMatchObject({ type: 'emailSent', kind: 'invitationExpired' });
    expect(Item?.ttl).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
  });

  it('SES failing for one record: only that record is reported, its claim released; the retry sends it once', async () => {
    const [first, second, third] = [address('ok-1'), address('ses-down'), address('ok-3')];
    const batch = [first, second, third].map((to) =>
      streamRecord('INSERT', { new: invitationItem(orgId, inviter, to) }),
    );
    const attempts: string[] = [];
    setEmailSenderForTests(async (email) => {
      attempts.push(email.to);
      if (email.to === second) throw new Error('SES is unavailable (simulated)');
      return sendWithSes(email);
    });

    const response = await deliver(batch);
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: batch[1]?.dynamodb?.SequenceNumber }] });
    expect(attempts).toEqual([first, second, third]);
    expect(await counts(first, second, third)).toEqual({ [first]: 1, [second]: 0, [third]: 1 });
    const claim = await db().send(
      new GetCommand({
        TableName: tableName(),
        Key: keys.emailSent(`${batch[1]?.eventID}#invitationSent`, second),
        ConsistentRead: true,
      }),
    );
    expect(claim.Item).toBeUndefined();

    // the event source retries from the first failure: the failed record and what follows it
    setEmailSenderForTests(undefined);
    expect(await deliver(batch.slice(1))).toEqual({ batchItemFailures: [] });
    expect(await counts(first, second, third)).toEqual({ [first]: 1, [second]: 1, [third]: 1 });
  });

  it('a poison record is reported alone and does not block the records around it', async () => {
    const [before, after] = [address('before-poison'), address('after-poison')];
    const batch = [
      streamRecord('INSERT', { new: invitationItem(orgId, inviter, before) }),
      // an org that does not exist: nothing to render the email with
      streamRecord('INSERT', { new: invitationItem(`org_missing_${run}`, inviter, address('orphan')) }),
      // an invitation without an address
      streamRecord('INSERT', { new: invitationItem(orgId, inviter, address('x'), { email: undefined }) }),
      streamRecord('INSERT', { new: invitationItem(orgId, inviter, after) }),
    ];
    const response = await deliver(batch);
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: batch[1]?.dynamodb?.SequenceNumber },
      { itemIdentifier: batch[2]?.dynamodb?.SequenceNumber },
    ]);
    expect(await counts(before, after)).toEqual({ [before]: 1, [after]: 1 });

    // a batch of nothing but poison is answered with failures (not thrown), retried, still failing
    const poisonOnly = await deliver(batch.slice(1, 3));
    expect(poisonOnly.batchItemFailures).toHaveLength(2);
    expect(await counts(before, after)).toEqual({ [before]: 1, [after]: 1 });
  });

  it('a record with several recipients: a failure for one retries only that one', async () => {
    const org = orgItem(orgId, owner);
    const record = streamRecord('MODIFY', { old: org, new: { ...org, mode: 'production' } });
    setEmailSenderForTests(async (email) => {
      if (email.to === finance.email) throw new Error('SES throttled (simulated)');
      return sendWithSes(email);
    });
    const subject = `Acme ${run} is now active`;
    const activated = async () =>
      Object.fromEntries(
        Object.entries(await inbox(owner.email, finance.email)).map(([to, emails]) => [
          to,
          emails.filter((email) => email.subject === subject).length,
        ]),
      );
    expect((await deliver([record])).batchItemFailures).toHaveLength(1);
    expect(await activated()).toEqual({ [owner.email]: 1, [finance.email]: 0 });
    setEmailSenderForTests(undefined);
    expect(await deliver([record])).toEqual({ batchItemFailures: [] });
    expect(await activated()).toEqual({ [owner.email]: 1, [finance.email]: 1 });
  });
});
