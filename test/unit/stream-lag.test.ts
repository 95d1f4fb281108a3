import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { CREATION_TIME_PRECISION_MS, streamLagLine } from '../../infra/local/stream-lag.ts';

const writtenAt = (seconds?: number): DynamoDBRecord => ({
  eventName: 'INSERT',
  dynamodb: seconds === undefined ? {} : { ApproximateCreationDateTime: seconds },
});

describe('the stream poller’s lag line', () => {
  const now = 1_800_000_000_000;
  const secondsAgo = (seconds: number) => writtenAt(now / 1000 - seconds);

  it('names the consumer, how late the oldest record surely is and the batch size', () => {
    const batch = [secondsAgo(3), secondsAgo(12), writtenAt()];
    expect(streamLagLine('webhookEvents', batch, now, 10_000, 0)).toBe(
      'stream lag: webhookEvents got a record written at least 12 s earlier (batch of 3)',
    );
  });

  it('counts only the lag beyond the creation time’s precision (DynamoDB Local: the minute)', () => {
    expect(CREATION_TIME_PRECISION_MS).toBe(60_000);
    // written up to a minute after its floored creation time: 65 s is not yet 10 s late for sure
    expect(streamLagLine('notify', [secondsAgo(65)], now, 10_000)).toBeUndefined();
    expect(streamLagLine('notify', [secondsAgo(71)], now, 10_000)).toBe(
      'stream lag: notify got a record written at least 11 s earlier (batch of 1)',
    );
  });

  it('says nothing below the threshold, or when no record carries a creation time', () => {
    expect(streamLagLine('notify', [secondsAgo(9)], now, 10_000, 0)).toBeUndefined();
    expect(streamLagLine('notify', [writtenAt()], now, 0, 0)).toBeUndefined();
  });
});
