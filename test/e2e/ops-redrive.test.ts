import { randomUUID } from 'node:crypto';
import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localCredentials, localRegion } from '../../infra/local/dynamodb-local.ts';
import { main } from '../../infra/ops/cli.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { emailsTo, waitForEmails } from '../support/mailbox.ts';
import { until } from '../support/wait.ts';

/**
 * `npm run ops -- redrive notify` against the test stack: its stream poller sends a record
 * that failed every attempt to the notify dead-letter queue (Lambda's on-failure record:
 * shard and sequence range only); the command reads the batch back from the table's
 * stream and invokes notify with it through the stack's Lambda Invoke API.
 */

const stack = inject('stack');
const queueUrl = stack.deadLetterQueues.notify as string;
const sqs = new SQSClient({
  endpoint: new URL(queueUrl).origin,
  region: localRegion,
  credentials: localCredentials,
});
afterAll(() => sqs.destroy());

async function redrive() {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['redrive', 'notify', '--queue-url', queueUrl, '--lambda-endpoint', stack.lambdaEndpoint],
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { code, summary: out.length ? JSON.parse(out.join('\n')) : undefined, err: err.join('\n') };
}

async function queued() {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  );
}

const orgItem = (orgId: string, name: string) => ({
  ...keys.org(orgId),
  type: 'org',
  id: orgId,
  name,
  timeZone: 'UTC',
  status: 'active',
  createdAt: new Date().toISOString(),
});

/**
 * A member removed from an org whose item is missing: notify cannot brand the email and
 * fails the record (a missing org is an error unless it was purged), every attempt.
 */
async function removeMemberOfMissingOrg() {
  const orgId = `org_redrive${randomUUID().replaceAll('-', '')}`;
  const userId = `user_${randomUUID()}`;
  const email = `redrive-${randomUUID()}@example.com`;
  const member = keys.member(orgId, userId);
  const before = await queued();
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...member,
        type: 'member',
        orgId,
        userId,
        email,
        name: 'Red Rive',
        role: 'member',
        status: 'active',
      },
    }),
  );
  await db().send(new DeleteCommand({ TableName: tableName(), Key: member }));
  await until(queued, (count) => count > before, 'the failed record in the dead-letter queue', 30_000);
  return { orgId, email };
}

describe('npm run ops -- redrive', () => {
  it('sends a notification that failed until its data existed, and the message leaves the queue', async () => {
    const { orgId, email } = await removeMemberOfMissingOrg();
    expect(await emailsTo(stack.sesUrl, email)).toEqual([]);

    await db().send(new PutCommand({ TableName: tableName(), Item: orgItem(orgId, 'Redriven Org') }));
    const run = await redrive();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.summary).toMatchObject({ failed: 0 });
    expect(run.summary.outcomes).toContainEqual(
      expect.objectContaining({ status: 'redriven', records: 1, shardId: expect.any(String) }),
    );
    const [sent] = await waitForEmails(email, 1, { subject: /no longer a member of Redriven Org/ });
    expect(sent?.subject).toBe('You are no longer a member of Redriven Org');
    expect(await queued()).toBe(0);

    // nothing left: a second run receives nothing and sends nothing again
    const again = await redrive();
    expect(again).toMatchObject({ code: 0, summary: { received: 0, redriven: 0, failed: 0 } });
    expect(await emailsTo(stack.sesUrl, email)).toHaveLength(1);
  });

  it('keeps a batch that fails again, and a message that is not an on-failure record; exits 1', async () => {
    await removeMemberOfMissingOrg();
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: '{"hello":"world"}' }));
    const run = await redrive();
    expect(run.code).toBe(1);
    expect(run.summary).toMatchObject({ received: 2, redriven: 0, failed: 2 });
    expect(run.summary.outcomes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          status: 'failed',
          records: 1,
          reason: expect.stringMatching(/failed again/),
        }),
        expect.objectContaining({ status: 'failed', records: 0, reason: 'not a stream on-failure record' }),
      ]),
    );
    expect(await queued()).toBe(2);
  });

  it('says what it needs when no local stack is found, and refuses an unknown consumer', async () => {
    const io = { out: () => undefined, err: (line: string) => errors.push(line) };
    const errors: string[] = [];
    // the command points the process at its target: put this worker's environment back after
    const saved = { ...process.env };
    process.env.LOCAL_DATA_DIR = `/tmp/orgs-no-stack-${randomUUID()}`;
    try {
      expect(await main(['redrive', 'notify'], io)).toBe(2);
      expect(errors.join('\n')).toMatch(/no running local stack found/);
      expect(await main(['redrive', 'emails', '--queue-url', queueUrl], io)).toBe(2);
      expect(errors.join('\n')).toMatch(/redrive takes one of: notify, webhook-events/);
      expect(await main(['redrive', 'notify', '--table', 'orgs-prod'], io)).toBe(2);
      expect(errors.join('\n')).toMatch(/--queue-url \(output NotifyDeadLetterQueueUrl\)/);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});
