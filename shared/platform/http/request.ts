import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ScimPrincipal } from '../../scim/tokens.ts';
import type { PlatformPrincipal } from '../../sessions/platform-credential.ts';
import type { Caller } from './auth.ts';

/** The API Gateway event as the middlewares leave it for the route. */
export interface RouteEvent extends APIGatewayProxyEventV2 {
  jsonBody?: unknown;
  caller?: Caller;
  /** set on the `/v1` platform routes: the API key or organization session token presented */
  platform?: PlatformPrincipal;
  /** set on the `/scim/v2` routes: the SCIM token presented (the organization is the token's) */
  scim?: ScimPrincipal;
  validated?: { body?: unknown; query?: unknown; params?: unknown };
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const requestIdOf = (event: APIGatewayProxyEventV2) => event.requestContext?.requestId ?? 'unknown';
