import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { db } from './client.ts';
import { cancellation } from './conditions.ts';

type Items = NonNullable<TransactWriteCommandInput['TransactItems']>;
export type TransactItem = Items[number];

const MAX_ATTEMPTS = 8;

/** A condition of an item the caller appended to a transaction failed (e.g. an idempotency record). */
export class AppendedItemFailed extends Error {}

/**
 * TransactWriteItems, retried when DynamoDB cancels it only because another
 * transaction touched the same items (TransactionConflict): the conditions are
 * evaluated again on each attempt, so retrying never weakens an invariant.
 * Any condition failure is thrown to the caller to translate.
 */
export async function transactWrite(items: Items, clientRequestToken?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db().send(
        new TransactWriteCommand({ TransactItems: items, ClientRequestToken: clientRequestToken }),
      );
      return;
    } catch (error) {
      const reasons = cancellation(error);
      const conflictOnly =
        reasons?.codes.some((code) => code === 'TransactionConflict') &&
        !reasons.codes.some((code) => code === 'ConditionalCheckFailed');
      if (!conflictOnly || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}
