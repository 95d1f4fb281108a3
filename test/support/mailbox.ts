import { inject } from 'vitest';

/** An email as the local SES mailbox (`aws-ses-v2-local`, `GET /store`) keeps it. */
export interface StoredEmail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
}

export async function emailsTo(sesUrl: string, to: string): Promise<StoredEmail[]> {
  const response = await fetch(`${sesUrl}/store`);
  const { emails } = (await response.json()) as { emails: StoredEmail[] };
  return emails.filter((email) => email.destination.to.includes(to));
}

/**
 * Polls the mailbox until `to` has `count` emails whose subject matches, then
 * waits `settleMs` more and returns them all, so a duplicate sent late shows up.
 */
/**
 * How long a change may take to reach the mailbox or a webhook receiver (table stream →
 * consumer → SES or delivery). Idle it takes a few hundred milliseconds; a 2-core machine
 * running the whole suite beside it was seen past 15 s. The wait polls, so only a missing
 * email costs this long.
 */
export const STREAM_DEADLINE_MS = 45_000;

export async function waitForEmails(
  to: string,
  count: number,
  options: { sesUrl?: string; subject?: RegExp; deadlineMs?: number; settleMs?: number } = {},
): Promise<StoredEmail[]> {
  const sesUrl = options.sesUrl ?? inject('stack').sesUrl;
  const matching = async () =>
    (await emailsTo(sesUrl, to)).filter((email) => !options.subject || options.subject.test(email.subject));
  const deadline = Date.now() + (options.deadlineMs ?? STREAM_DEADLINE_MS);
  while ((await matching()).length < count) {
    if (Date.now() > deadline) {
      const got = (await emailsTo(sesUrl, to)).map((email) => email.subject);
      throw new Error(
        `expected ${count} email(s) to ${to} matching ${options.subject}; mailbox has ${JSON.stringify(got)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 1_000));
  return matching();
}
