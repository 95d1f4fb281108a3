import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { presentedKey } from '../../shared/api-keys/api-key-auth.ts';
import { verifyApiKey } from '../../shared/api-keys/verify.ts';

export interface ApiKeyAuthorizerContext {
  orgId: string;
  mode: 'sandbox' | 'production';
  keyId: string;
}

/**
 * API Gateway HTTP API Lambda authorizer (payload 2.0, simple responses) for the
 * platform's other services: the same verification as the `/v1` routes. Routes
 * behind it read `requestContext.authorizer.lambda.{orgId, mode, keyId}`.
 * Refusals are `isAuthorized: false` (API Gateway answers 403); a failure to reach
 * DynamoDB throws (API Gateway answers 500): never authorized by accident.
 */
export async function handler(
  event: APIGatewayRequestAuthorizerEventV2,
): Promise<APIGatewaySimpleAuthorizerWithContextResult<ApiKeyAuthorizerContext | Record<string, never>>> {
  const candidate = presentedKey(event.headers) ?? event.identitySource?.[0];
  if (!candidate) return { isAuthorized: false, context: {} };
  const verification = await verifyApiKey(candidate);
  if (!verification.ok) return { isAuthorized: false, context: {} };
  const { orgId, mode, keyId } = verification.principal;
  return { isAuthorized: true, context: { orgId, mode, keyId } };
}
