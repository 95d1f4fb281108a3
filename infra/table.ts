import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single table's shape, read by the CDK stack and by the local stack, so the
 * table DynamoDB Local runs is the table AWS runs.
 */
export const table = {
  partitionKey: 'PK',
  sortKey: 'SK',
  ttlAttribute: 'ttl',
  streamView: 'NEW_AND_OLD_IMAGES',
  indexes: {
    /** user → memberships, email → user / invitations */
    byGsi1: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    /**
     * sparse and sharded, sorted by a due time: pending invitations by expiry
     * (`PENDING_INVITATION#<n>`, the cleanup's Query) and pending webhook deliveries by their
     * next attempt (`WEBHOOK_DUE#<n>`, the dispatcher's Query), orgs whose deletion is scheduled
     * by `deleteAt` (`ORG_DELETION#<n>`, the purge's Query). One overloaded index, not a
     * third: DynamoDB Local stops deleting expired items (TTL) on a table with a GSI3.
     */
    byDue: { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  },
} as const;

export const tableIndexes = Object.values(table.indexes);

export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyAttributes = [
    table.partitionKey,
    table.sortKey,
    ...tableIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: table.partitionKey, KeyType: 'HASH' },
      { AttributeName: table.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: tableIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: table.streamView },
  };
}
