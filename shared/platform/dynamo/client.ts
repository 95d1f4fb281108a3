import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { awsClient } from '../aws-clients.ts';
import { awsRequestHandler, dynamodbBudget } from '../config/budgets.ts';
import { env, requiredEnv } from '../config/env.ts';

let documentClient: DynamoDBDocumentClient | undefined;

/**
 * One client per Lambda container; `DYNAMODB_ENDPOINT` points it at DynamoDB Local.
 * Connection and request timeouts with a few attempts keep a stalled or unreachable
 * table inside the function's budget (see budgets.ts): the caller gets a TimeoutError
 * or a network error, which the API answers with 503.
 */
export function db(): DynamoDBDocumentClient {
  if (!documentClient) {
    const budget = dynamodbBudget();
    documentClient = DynamoDBDocumentClient.from(
      awsClient(
        'dynamodb',
        new DynamoDBClient({
          endpoint: env().DYNAMODB_ENDPOINT,
          maxAttempts: budget.maxAttempts,
          requestHandler: awsRequestHandler(budget),
        }),
      ),
      { marshallOptions: { removeUndefinedValues: true } },
    );
  }
  return documentClient;
}

export const tableName = () => requiredEnv('TABLE_NAME');
