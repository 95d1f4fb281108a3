import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';

/**
 * Sets these attributes of one table item directly, arranging a state no route produces (or not
 * yet). Without `mustExist` a missing item is created, as DynamoDB's UpdateItem does.
 */
export async function setAttributes(
  key: Record<string, string>,
  values: Record<string, unknown>,
  options: { mustExist?: boolean } = {},
): Promise<void> {
  const names = Object.keys(values);
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key,
      UpdateExpression: `SET ${names.map((_, index) => `#a${index} = :v${index}`).join(', ')}`,
      ...(options.mustExist ? { ConditionExpression: 'attribute_exists(PK)' } : {}),
      ExpressionAttributeNames: Object.fromEntries(names.map((name, index) => [`#a${index}`, name])),
      ExpressionAttributeValues: Object.fromEntries(names.map((name, index) => [`:v${index}`, values[name]])),
    }),
  );
}
