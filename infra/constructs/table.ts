import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { table as shape, tableIndexes } from '../table.ts';

/**
 * The single table, built from `infra/table.ts` (the same definition the local
 * stack gives DynamoDB Local), plus what only AWS has: point-in-time recovery,
 * deletion protection and a RETAIN policy, so neither a bad deploy nor a
 * `cdk destroy` can take the data with it.
 */
export function createOrgsTable(scope: Construct, id: string): Table {
  const table = new Table(scope, id, {
    partitionKey: { name: shape.partitionKey, type: AttributeType.STRING },
    sortKey: { name: shape.sortKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: shape.ttlAttribute,
    stream: StreamViewType[shape.streamView],
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of tableIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: { name: index.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }
  return table;
}
