import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it } from 'vitest';
import { localCredentials, localRegion } from '../../infra/local/dynamodb-local.ts';
import { type QueueServer, startQueueServer } from '../../infra/local/queue-server.ts';

/** The local dead-letter queues' server, driven by the real SQS client (JSON protocol, MD5 checks on). */

const started: { server: QueueServer; sqs: SQSClient }[] = [];
afterEach(async () => {
  for (const { server, sqs } of started.splice(0)) {
    sqs.destroy();
    await server.stop();
  }
});

async function start(stateFile?: string) {
  const server = await startQueueServer({ port: 0, host: '127.0.0.1', stateFile });
  const sqs = new SQSClient({ endpoint: server.url, region: localRegion, credentials: localCredentials });
  started.push({ server, sqs });
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'dead-letters' }));
  return { server, sqs, queueUrl: QueueUrl as string };
}

const counts = async (sqs: SQSClient, queueUrl: string) => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }),
  );
  return [
    Number(Attributes.ApproximateNumberOfMessages),
    Number(Attributes.ApproximateNumberOfMessagesNotVisible),
  ];
};

describe('local SQS-compatible queue server', () => {
  it('sends, receives (hidden while in flight), deletes; bodies survive byte for byte', async () => {
    const { sqs, queueUrl } = await start();
    const body = JSON.stringify({ note: 'ünïcode ✓', n: 1 });
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
    expect(sent.MessageId).toEqual(expect.any(String));
    expect(await counts(sqs, queueUrl)).toEqual([1, 0]);

    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 60 }),
    );
    expect(Messages.map((message) => message.Body)).toEqual([body]);
    expect(await counts(sqs, queueUrl)).toEqual([0, 1]);
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }))).Messages).toBeUndefined();

    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: Messages[0]?.ReceiptHandle,
        VisibilityTimeout: 0,
      }),
    );
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, VisibilityTimeout: 60 }));
    expect(again.Messages?.[0]?.Attributes?.ApproximateReceiveCount).toBe('2');
    await sqs.send(
      new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: again.Messages?.[0]?.ReceiptHandle }),
    );
    expect(await counts(sqs, queueUrl)).toEqual([0, 0]);
  });

  it('answers SQS errors the SDK understands', async () => {
    const { sqs, server } = await start();
    await expect(sqs.send(new GetQueueUrlCommand({ QueueName: 'missing' }))).rejects.toMatchObject({
      name: 'QueueDoesNotExist',
    });
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl: server.queueUrl('missing'), MessageBody: 'x' })),
    ).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'dead-letters' }));
    await expect(
      sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: 'not-a-handle' })),
    ).rejects.toMatchObject({ name: 'ReceiptHandleIsInvalid' });
  });

  it('keeps its messages across a restart when given a state file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'orgs-queues-'));
    try {
      const stateFile = path.join(dir, 'queues.json');
      const first = await start(stateFile);
      await first.sqs.send(new SendMessageCommand({ QueueUrl: first.queueUrl, MessageBody: 'kept' }));
      first.sqs.destroy();
      await first.server.stop();
      started.splice(0);

      const second = await start(stateFile);
      const { Messages = [] } = await second.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: second.queueUrl }),
      );
      expect(Messages.map((message) => message.Body)).toEqual(['kept']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
