import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { awsRequestHandler, sesBudget } from '../config/budgets.ts';
import { optionalEnv, requireEnv } from '../config/env.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export type EmailSender = (email: OutgoingEmail) => Promise<{ messageId?: string }>;

let client: SESClient | undefined;

/** One SES client per container; `SES_ENDPOINT` points it at the local mailbox. */
export function sesClient(): SESClient {
  const budget = sesBudget();
  client ??= new SESClient({
    endpoint: optionalEnv('SES_ENDPOINT'),
    maxAttempts: budget.maxAttempts,
    requestHandler: awsRequestHandler(budget),
  });
  return client;
}

/** Sends through SES (`SendEmail`), from `EMAIL_FROM`. */
export const sendWithSes: EmailSender = async (email) => {
  const charset = 'UTF-8';
  const { MessageId } = await sesClient().send(
    new SendEmailCommand({
      Source: requireEnv('EMAIL_FROM'),
      Destination: { ToAddresses: [email.to] },
      Message: {
        Subject: { Data: email.subject, Charset: charset },
        Body: { Text: { Data: email.text, Charset: charset }, Html: { Data: email.html, Charset: charset } },
      },
    }),
  );
  return { messageId: MessageId };
};

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
