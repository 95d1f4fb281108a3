/**
 * SES throttling is retried with backoff until the email is accepted, and a send that stays
 * throttled fails loudly (so notify reports the record and it is redelivered). SES is the
 * stand-in here — a local HTTP server answering SES's query protocol — not the thing under
 * test: the retry policy of our SES client is.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendWith, sesClientConfig } from '../../shared/notifications/ses.ts';

const THROTTLED = `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Maximum sending rate exceeded.</Message></Error><RequestId>r-throttled</RequestId></ErrorResponse>`;
const SENT = (id: string) =>
  `<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult><MessageId>${id}</MessageId></SendEmailResult><ResponseMetadata><RequestId>r-ok</RequestId></ResponseMetadata></SendEmailResponse>`;

/** Answers Throttling to the first `throttle` SendEmail requests, then accepts. */
let throttle = 0;
let requests: { at: number; action: string | null }[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action');
      requests.push({ at: Date.now(), action });
      const throttled = requests.length <= throttle;
      res.writeHead(throttled ? 400 : 200, { 'content-type': 'text/xml' });
      res.end(throttled ? THROTTLED : SENT(`m-${requests.length}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.EMAIL_FROM ??= 'Orgs <no-reply@orgs.local>';
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
});

const client = () =>
  new SESClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    ...sesClientConfig(),
  });
const email = { to: 'grace@example.com', subject: 'Hi', text: 'Hello', html: '<p>Hello</p>' };

describe('SES client retry policy', () => {
  it('retries a throttled send with backoff until SES accepts it, and sends it once', async () => {
    throttle = 2;
    const result = await sendWith(client(), email);
    expect(result.messageId).toBe('m-3');
    expect(requests.map((r) => r.action)).toEqual(['SendEmail', 'SendEmail', 'SendEmail']);
  }, 20_000);

  it('fails the send (not silently) when SES keeps throttling past every attempt', async () => {
    throttle = Number.POSITIVE_INFINITY;
    await expect(sendWith(client(), email)).rejects.toMatchObject({ name: 'Throttling' });
    expect(sesClientConfig().maxAttempts).toBeGreaterThanOrEqual(6);
    expect(requests).toHaveLength(sesClientConfig().maxAttempts);
  }, 60_000);
});
