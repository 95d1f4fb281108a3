import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { db } from './client.ts';
import { type Cancellation, cancellation, type StoredItem } from './conditions.ts';

type Items = NonNullable<TransactWriteCommandInput['TransactItems']>;
export type TransactItem = Items[number];

/** A failed condition that answers the call instead of failing it (e.g. "already revoked": nothing to do). */
export class Answer<T> {
  constructor(readonly value: T) {}
}
export const answer = <T>(value: T) => new Answer(value);

/**
 * What the failure of an item's condition means, decided from the stored item
 * (present when the item asks for `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`
 * and the item exists): the error to throw, or an `answer(...)` to return.
 */
export type OnConditionFailed<A = never> = (stored: StoredItem) => Error | Answer<A>;

/** A transaction item that carries its own failure meaning, next to the condition that produces it. */
export interface Conditioned<A = never> {
  item: TransactItem;
  onConditionFailed: OnConditionFailed<A>;
}

/** A bare item (no condition, or one whose failure is unexpected) or an item with its failure meaning. */
export type TransactStep<A = never> = TransactItem | Conditioned<A>;

export type TransactResult<A> = { committed: true } | { committed: false; answer: A };

const isConditioned = <A>(step: TransactStep<A>): step is Conditioned<A> => 'onConditionFailed' in step;

/** A condition of an item the caller appended to a transaction failed (e.g. an idempotency record). */
export class AppendedItemFailed extends Error {}

const MAX_ATTEMPTS = 8;

/**
 * TransactWriteItems, retried when DynamoDB cancels it only because another
 * transaction touched the same items (TransactionConflict): the conditions are
 * evaluated again on each attempt, so retrying never weakens an invariant.
 *
 * When conditions fail, the first failed item in list order that carries a
 * meaning decides: its error is thrown, or its answer returned. Put the item whose
 * meaning must win first (e.g. an idempotency record a raced twin already wrote,
 * before the guards that twin's commit also fails). A failed condition of a bare
 * item, with no meaningful item failed beside it, is rethrown as it came.
 */
export async function transactWrite<A = never>(
  steps: readonly TransactStep<A>[],
  clientRequestToken?: string,
): Promise<TransactResult<A>> {
  const items = steps.map((step) => (isConditioned(step) ? step.item : step));
  for (let attempt = 1; ; attempt++) {
    try {
      await db().send(
        new TransactWriteCommand({ TransactItems: items, ClientRequestToken: clientRequestToken }),
      );
      return { committed: true };
    } catch (error) {
      const reasons = cancellation(error);
      if (reasons?.codes.includes('ConditionalCheckFailed')) return meaningOf(steps, reasons, error);
      const conflict = reasons?.codes.includes('TransactionConflict');
      if (!conflict || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}

function meaningOf<A>(steps: readonly TransactStep<A>[], reasons: Cancellation, error: unknown) {
  for (const [index, step] of steps.entries()) {
    if (reasons.codes[index] !== 'ConditionalCheckFailed' || !isConditioned(step)) continue;
    const meaning = step.onConditionFailed(reasons.items[index]);
    if (meaning instanceof Answer) return { committed: false as const, answer: meaning.value as A };
    throw meaning;
  }
  throw error;
}
