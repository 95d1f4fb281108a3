import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

type Item = Record<string, unknown>;

const run = randomUUID().slice(0, 8);
let sequence = 0;

/**
 * A stream record as Lambda delivers it (NEW_AND_OLD_IMAGES), built from plain
 * items with `marshall`. `ttl: true` makes it a TTL deletion (service principal).
 * Event ids are unique per process and sequence numbers increase.
 */
export function streamRecord(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  images: { old?: Item; new?: Item },
  options: { eventID?: string; ttl?: boolean } = {},
): DynamoDBRecord {
  const item = images.new ?? images.old ?? {};
  const image = (value?: Item) =>
    value ? (marshall(value, { removeUndefinedValues: true }) as never) : undefined;
  sequence += 1;
  return {
    eventID: options.eventID ?? `record-${run}-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'local',
    ...(options.ttl ? { userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' } } : {}),
    dynamodb: {
      Keys: marshall({ PK: item.PK, SK: item.SK }) as never,
      NewImage: image(images.new),
      OldImage: image(images.old),
      SequenceNumber: `${Date.now()}${String(sequence).padStart(6, '0')}`,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}
