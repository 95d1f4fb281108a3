import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** `whsec_` + base64 of 32 random bytes (the Standard Webhooks secret format). */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export interface SigningSecrets {
  current: string;
  /** the secret a rotation replaced, while its overlap lasts */
  previous?: string;
  previousExpiresAt?: string;
}

/** The secrets that sign now: the current one, and the previous one during its overlap. */
export function activeSecrets(secrets: SigningSecrets, now = new Date()): string[] {
  const previousActive =
    secrets.previous !== undefined &&
    secrets.previousExpiresAt !== undefined &&
    secrets.previousExpiresAt > now.toISOString();
  return previousActive ? [secrets.current, secrets.previous as string] : [secrets.current];
}

/** Standard Webhooks headers; `webhook-signature` carries one `v1,<sig>` per active secret. */
export function signatureHeaders(
  secrets: string[],
  messageId: string,
  payload: string,
  at = new Date(),
): Record<string, string> {
  const timestamp = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp.getTime() / 1000),
    'webhook-signature': secrets
      .map((secret) => new Webhook(secret).sign(messageId, timestamp, payload))
      .join(' '),
  };
}
