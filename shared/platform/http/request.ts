import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ApiKeyPrincipal } from '../../api-keys/verify.ts';
import type { Caller } from './auth.ts';

/** The API Gateway event as the middlewares leave it for the route. */
export interface RouteEvent extends APIGatewayProxyEventV2 {
  jsonBody?: unknown;
  caller?: Caller;
  /** set on `/v1` routes by the API key middleware */
  apiKey?: ApiKeyPrincipal;
  validated?: { body?: unknown; query?: unknown; params?: unknown };
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const requestIdOf = (event: APIGatewayProxyEventV2) => event.requestContext?.requestId ?? 'unknown';
