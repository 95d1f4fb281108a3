import type { DynamoDBRecord } from 'aws-lambda';

/**
 * DynamoDB Local floors a stream record's ApproximateCreationDateTime to the minute (measured:
 * the apparent age of fresh records climbs from 0 to 59 s and drops back at each minute), so a
 * record's age is known only to within this much.
 */
export const CREATION_TIME_PRECISION_MS = 60_000;

/**
 * The `stream lag:` line for a batch whose oldest record was surely written `slowMs` or more
 * before `nowMs` (its creation time plus `precisionMs` is still that far back); else undefined.
 */
export function streamLagLine(
  functionName: string,
  batch: readonly DynamoDBRecord[],
  nowMs: number,
  slowMs: number,
  precisionMs = CREATION_TIME_PRECISION_MS,
): string | undefined {
  const written = batch
    .map((record) => record.dynamodb?.ApproximateCreationDateTime)
    .filter((seconds): seconds is number => typeof seconds === 'number');
  if (written.length === 0) return undefined;
  const lagMs = nowMs - (Math.min(...written) * 1000 + precisionMs);
  if (lagMs < slowMs) return undefined;
  return `stream lag: ${functionName} got a record written at least ${Math.floor(lagMs / 1000)} s earlier (batch of ${batch.length})`;
}
