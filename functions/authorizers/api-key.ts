import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { presentedKey } from '../../shared/api-keys/api-key-auth.ts';
import { verifyPlatformCredential } from '../../shared/sessions/platform-credential.ts';

/** Flat strings, as API Gateway passes a Lambda authorizer's context on. */
export type PlatformAuthorizerContext =
  | { orgId: string; mode: 'sandbox' | 'production'; permissions: string; keyId: string }
  | { orgId: string; mode: 'sandbox' | 'production'; permissions: string; userId: string };

/**
 * API Gateway HTTP API Lambda authorizer (payload 2.0, simple responses) for the
 * platform's other services: the same verification as the `/v1` routes, of an API key or
 * an organization session token. Routes behind it read
 * `requestContext.authorizer.lambda.{orgId, mode, permissions}` and `keyId` or `userId`
 * (`permissions` space-separated). A session token is verified offline against the
 * published keys (no DynamoDB call). Refusals are `isAuthorized: false` (API Gateway
 * answers 403); a failure to reach DynamoDB or KMS throws (API Gateway answers 500):
 * never authorized by accident.
 */
export async function handler(
  event: APIGatewayRequestAuthorizerEventV2,
): Promise<APIGatewaySimpleAuthorizerWithContextResult<PlatformAuthorizerContext | Record<string, never>>> {
  const candidate = presentedKey(event.headers) ?? event.identitySource?.[0];
  if (!candidate) return { isAuthorized: false, context: {} };
  const verification = await verifyPlatformCredential(candidate);
  if (!verification.ok) return { isAuthorized: false, context: {} };
  const principal = verification.principal;
  const common = {
    orgId: principal.orgId,
    mode: principal.mode,
    permissions: principal.permissions.join(' '),
  };
  return {
    isAuthorized: true,
    context:
      principal.kind === 'apiKey'
        ? { ...common, keyId: principal.keyId }
        : { ...common, userId: principal.userId },
  };
}
