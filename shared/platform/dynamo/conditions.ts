import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

export const isConditionFailure = (error: unknown): error is ConditionalCheckFailedException =>
  error instanceof ConditionalCheckFailedException;

/**
 * A conditional write's answer, or undefined when its condition failed (a race lost, or
 * the work found done: the caller decides what that means); any other error is thrown.
 */
export async function ifConditionHolds<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/** The item as stored when its condition failed (ReturnValuesOnConditionCheckFailure: 'ALL_OLD'), if any. */
export type StoredItem = Record<string, unknown> | undefined;

export interface Cancellation {
  /** reason code per transaction item, in item order ('None', 'ConditionalCheckFailed', ...) */
  codes: string[];
  /** the stored item of each failed condition that asked for ALL_OLD */
  items: StoredItem[];
}

/** Reads `CancellationReasons` of a cancelled transaction; undefined for any other error. */
export function cancellation(error: unknown): Cancellation | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  return {
    codes: reasons.map((reason) => reason.Code ?? 'None'),
    // lib-dynamodb leaves cancellation items marshalled
    items: reasons.map((reason) => (reason.Item ? unmarshall(reason.Item as never) : undefined)),
  };
}
