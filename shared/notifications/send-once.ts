import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { keys } from '../platform/dynamo/keys.ts';

/** Claims outlive any redelivery (stream records live 24 h) by far; TTL tidies them after that. */
export const CLAIM_TTL_SECONDS = 30 * 24 * 3600;

export const normalizeAddress = (email: string) => email.trim().toLowerCase();

export type SendOnceResult = 'sent' | 'already-sent';

/**
 * Sends one email at most once per (event, recipient):
 * 1. claim: a conditional put of `EMAIL_SENT#<eventKey>` / `TO#<recipient>`
 *    (`attribute_not_exists(PK)`); if it exists, someone sent (or is sending) it;
 * 2. send;
 * 3. if sending fails, release the claim (only our own: the token) and rethrow, so
 *    the stream record is reported as failed and the retry can claim again.
 * A crash between 1 and 2 leaves a claim without an email: at most once, by design.
 */
export async function sendOnce(
  claim: { eventKey: string; recipient: string; kind: string },
  send: () => Promise<unknown>,
): Promise<SendOnceResult> {
  const recipient = normalizeAddress(claim.recipient);
  const key = keys.emailSent(claim.eventKey, recipient);
  const token = randomUUID();
  const claimed = await ifConditionHolds(
    db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...key,
          type: 'emailSent',
          eventKey: claim.eventKey,
          recipient,
          kind: claim.kind,
          claimToken: token,
          claimedAt: new Date().toISOString(),
          ttl: Math.floor(Date.now() / 1000) + CLAIM_TTL_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    ),
  );
  if (!claimed) return 'already-sent';
  try {
    await send();
    return 'sent';
  } catch (error) {
    await db()
      .send(
        new DeleteCommand({
          TableName: tableName(),
          Key: key,
          ConditionExpression: 'claimToken = :token',
          ExpressionAttributeValues: { ':token': token },
        }),
      )
      .catch((releaseError) => {
        // the claim stays: this email will not be retried; say so next to the send error
        throw new AggregateError([error, releaseError], 'sending failed and the claim could not be released');
      });
    throw error;
  }
}
