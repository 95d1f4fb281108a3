import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { optionalEnv, requireEnv } from '../config/env.ts';

let documentClient: DynamoDBDocumentClient | undefined;

/** One client per Lambda container; `DYNAMODB_ENDPOINT` points it at DynamoDB Local. */
export function db(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: optionalEnv('DYNAMODB_ENDPOINT'), maxAttempts: 4 }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return documentClient;
}

export const tableName = () => requireEnv('TABLE_NAME');
