import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * The few SQS actions the local dead-letter queues need, over SQS's JSON protocol
 * (`X-Amz-Target: AmazonSQS.<Action>`), so `@aws-sdk/client-sqs` works unchanged
 * against it: CreateQueue, GetQueueUrl, SendMessage, ReceiveMessage (no long polling:
 * it answers at once), DeleteMessage, ChangeMessageVisibility, GetQueueAttributes.
 * Only the stream pollers (on-failure destination) and `npm run ops -- redrive` use it.
 *
 * (fauxqs, the maintained SQS emulator, needs Node 22.5's node:sqlite; the local stack runs on Node 20.)
 */

interface Message {
  id: string;
  body: string;
  sentAt: number;
  receiveCount: number;
  invisibleUntil: number;
  receiptHandle?: string;
}

interface QueueState {
  name: string;
  messages: Message[];
}

const ACCOUNT = '000000000000';
const DEFAULT_VISIBILITY_SECONDS = 30;
const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

class SqsError extends Error {
  constructor(
    readonly type: string,
    readonly queryCode: string,
    message: string,
  ) {
    super(message);
  }
}

const noSuchQueue = () =>
  new SqsError(
    'QueueDoesNotExist',
    'AWS.SimpleQueueService.NonExistentQueue',
    'The specified queue does not exist.',
  );
const invalidHandle = () =>
  new SqsError('ReceiptHandleIsInvalid', 'ReceiptHandleIsInvalid', 'The receipt handle is not valid.');

export interface QueueServer {
  url: string;
  queueUrl(name: string): string;
  stop(): Promise<void>;
}

export async function startQueueServer(options: {
  port: number;
  host: string;
  /** keeps the queues' messages across restarts (JSON); in memory when absent */
  stateFile?: string;
}): Promise<QueueServer> {
  const queues = new Map<string, QueueState>(
    loadState(options.stateFile).map((queue) => [queue.name, queue]),
  );
  let url = '';
  const queueUrl = (name: string) => `${url}/${ACCOUNT}/${name}`;
  const save = () => {
    if (!options.stateFile) return;
    mkdirSync(path.dirname(options.stateFile), { recursive: true });
    writeFileSync(options.stateFile, JSON.stringify([...queues.values()]));
  };
  const queueOf = (input: { QueueUrl?: unknown }) => {
    const name = typeof input.QueueUrl === 'string' ? input.QueueUrl.split('/').pop() : undefined;
    const queue = name ? queues.get(name) : undefined;
    if (!queue) throw noSuchQueue();
    return queue;
  };
  const byHandle = (queue: QueueState, handle: unknown) => {
    const message = queue.messages.find((candidate) => candidate.receiptHandle === handle);
    if (!message) throw invalidHandle();
    return message;
  };

  const actions: Record<string, (input: Record<string, unknown>) => unknown> = {
    CreateQueue: (input) => {
      const name = String(input.QueueName ?? '');
      if (!/^[\w-]{1,80}$/.test(name)) {
        throw new SqsError('InvalidParameterValue', 'InvalidParameterValue', 'Invalid queue name.');
      }
      if (!queues.has(name)) queues.set(name, { name, messages: [] });
      save();
      return { QueueUrl: queueUrl(name) };
    },
    GetQueueUrl: (input) => {
      if (!queues.has(String(input.QueueName))) throw noSuchQueue();
      return { QueueUrl: queueUrl(String(input.QueueName)) };
    },
    SendMessage: (input) => {
      const queue = queueOf(input);
      const body = String(input.MessageBody ?? '');
      const message: Message = {
        id: randomUUID(),
        body,
        sentAt: Date.now(),
        receiveCount: 0,
        invisibleUntil: 0,
      };
      queue.messages.push(message);
      save();
      return { MessageId: message.id, MD5OfMessageBody: md5(body) };
    },
    ReceiveMessage: (input) => {
      const queue = queueOf(input);
      const max = Math.min(Math.max(Number(input.MaxNumberOfMessages ?? 1), 1), 10);
      const visibility = Number(input.VisibilityTimeout ?? DEFAULT_VISIBILITY_SECONDS);
      const now = Date.now();
      const received = queue.messages.filter((message) => message.invisibleUntil <= now).slice(0, max);
      for (const message of received) {
        message.receiveCount += 1;
        message.invisibleUntil = now + visibility * 1000;
        message.receiptHandle = randomUUID();
      }
      save();
      if (received.length === 0) return {};
      return {
        Messages: received.map((message) => ({
          MessageId: message.id,
          ReceiptHandle: message.receiptHandle,
          MD5OfBody: md5(message.body),
          Body: message.body,
          Attributes: {
            ApproximateReceiveCount: String(message.receiveCount),
            SentTimestamp: String(message.sentAt),
          },
        })),
      };
    },
    DeleteMessage: (input) => {
      const queue = queueOf(input);
      const message = byHandle(queue, input.ReceiptHandle);
      queue.messages.splice(queue.messages.indexOf(message), 1);
      save();
      return {};
    },
    ChangeMessageVisibility: (input) => {
      const message = byHandle(queueOf(input), input.ReceiptHandle);
      message.invisibleUntil = Date.now() + Number(input.VisibilityTimeout ?? 0) * 1000;
      save();
      return {};
    },
    GetQueueAttributes: (input) => {
      const queue = queueOf(input);
      const now = Date.now();
      const visible = queue.messages.filter((message) => message.invisibleUntil <= now).length;
      return {
        Attributes: {
          ApproximateNumberOfMessages: String(visible),
          ApproximateNumberOfMessagesNotVisible: String(queue.messages.length - visible),
          QueueArn: `arn:aws:sqs:local:${ACCOUNT}:${queue.name}`,
        },
      };
    },
  };

  const server: Server = createServer(async (request, response) => {
    try {
      const action = String(request.headers['x-amz-target'] ?? '').replace(/^AmazonSQS\./, '');
      const handler = actions[action];
      if (request.method !== 'POST' || !handler) {
        throw new SqsError(
          'UnsupportedOperation',
          'AWS.SimpleQueueService.UnsupportedOperation',
          `${action || 'request'} is not supported here.`,
        );
      }
      reply(response, 200, handler(JSON.parse((await readAll(request)) || '{}')));
    } catch (error) {
      const known =
        error instanceof SqsError ? error : new SqsError('InternalError', 'InternalError', String(error));
      response.setHeader('x-amzn-query-error', `${known.queryCode};Sender`);
      reply(response, known.type === 'InternalError' ? 500 : 400, {
        __type: `com.amazonaws.sqs#${known.type}`,
        message: known.message,
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  url = `http://${options.host}:${typeof address === 'object' && address ? address.port : options.port}`;
  return {
    url,
    queueUrl,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function loadState(stateFile: string | undefined): QueueState[] {
  if (!stateFile || !existsSync(stateFile)) return [];
  return JSON.parse(readFileSync(stateFile, 'utf8')) as QueueState[];
}

function reply(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
  response.end(JSON.stringify(body));
}

async function readAll(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
