import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { awsClient } from '../platform/aws-clients.ts';
import { awsRequestHandler, sesBudget } from '../platform/config/budgets.ts';
import { env, requiredEnv } from '../platform/config/env.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export type EmailSender = (email: OutgoingEmail) => Promise<{ messageId?: string }>;

/**
 * SES answers `Throttling` ("Maximum sending rate exceeded") past the account's send rate.
 * The SDK retries that with exponential backoff and full jitter (a random delay up to
 * 0.5 s · 2^attempt) and, in `adaptive` mode, also slows this client's later sends to the
 * rate SES accepted. The default 6 attempts (sesBudget) wait at most 1 + 2 + 4 + 8 + 16 s
 * (half that on average), within notify's 60 s. Past that the record is reported failed
 * with its claim released, and the event source mapping redelivers it (finally to the DLQ,
 * with an alarm): no email is dropped.
 */
export function sesClientConfig() {
  const budget = sesBudget();
  return {
    maxAttempts: budget.maxAttempts,
    retryMode: 'adaptive' as const,
    requestHandler: awsRequestHandler(budget),
  };
}

let client: SESClient | undefined;

/** One SES client per container; `SES_ENDPOINT` points it at the local mailbox. */
export function sesClient(): SESClient {
  client ??= awsClient('ses', new SESClient({ endpoint: env().SES_ENDPOINT, ...sesClientConfig() }));
  return client;
}

/** Sends through SES (`SendEmail`), from `EMAIL_FROM`. */
export const sendWithSes: EmailSender = (email) => sendWith(sesClient(), email);

export async function sendWith(ses: SESClient, email: OutgoingEmail): Promise<{ messageId?: string }> {
  const charset = 'UTF-8';
  const { MessageId } = await ses.send(
    new SendEmailCommand({
      Source: requiredEnv('EMAIL_FROM'),
      Destination: { ToAddresses: [email.to] },
      Message: {
        Subject: { Data: email.subject, Charset: charset },
        Body: { Text: { Data: email.text, Charset: charset }, Html: { Data: email.html, Charset: charset } },
      },
    }),
  );
  return { messageId: MessageId };
}

let override: EmailSender | undefined;

/**
 * Replaces the sender in this process (tests only; `undefined` restores SES).
 * Why: the local SES mailbox cannot be told to fail one message, and pointing
 * `SES_ENDPOINT` at a closed port fails every message of the batch (and only
 * after the SDK's retries), while the client is created once per container and
 * does not re-read the variable. A wrapper around `sendWithSes` that throws for
 * one recipient tests partial batch failures exactly.
 */
export function setEmailSenderForTests(sender: EmailSender | undefined): void {
  override = sender;
}

export const sendEmail: EmailSender = (email) => (override ?? sendWithSes)(email);
