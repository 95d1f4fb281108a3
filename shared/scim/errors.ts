import type middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { dependencyFault, unavailable } from '../platform/dependency-faults.ts';
import { ApiError } from '../platform/errors.ts';
import type { RouteEvent } from '../platform/http/request.ts';
import { requestIdOf } from '../platform/http/request.ts';
import { logger } from '../platform/logger.ts';

export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** RFC 7644 §3.12 scimType values this service answers. */
export type ScimType =
  | 'uniqueness'
  | 'invalidFilter'
  | 'invalidValue'
  | 'mutability'
  | 'invalidSyntax'
  | 'tooMany'
  | 'noTarget'
  | 'invalidPath';

/** An error answered as a SCIM error (RFC 7644 §3.12). */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ScimError';
  }
}

export const invalidValue = (detail: string) => new ScimError(400, detail, 'invalidValue');
export const invalidFilter = (detail: string) => new ScimError(400, detail, 'invalidFilter');
export const scimNotFound = (what = 'Resource') => new ScimError(404, `${what} not found.`);

/** Any error as a SCIM error: an ApiError keeps its status and names its code in `detail`. */
export function toScimError(error: unknown): ScimError {
  if (error instanceof ScimError) return error;
  let apiError: ApiError;
  if (error instanceof ApiError) apiError = error;
  else {
    const fault = dependencyFault(error);
    apiError = fault
      ? unavailable(fault)
      : new ApiError('INTERNAL', 'An unexpected error occurred. Try again later.');
  }
  const fields = apiError.errors?.map((field) => `${field.path}: ${field.message}`).join('; ');
  const detail = `${apiError.code}: ${apiError.detail}${fields ? ` (${fields})` : ''}`;
  const scimType = apiError.code === 'VALIDATION_FAILED' ? 'invalidValue' : undefined;
  return new ScimError(apiError.status, detail, scimType, apiError.headers);
}

export function scimErrorResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  const scim = toScimError(error);
  return {
    statusCode: scim.status,
    headers: {
      'content-type': SCIM_CONTENT_TYPE,
      'cache-control': 'no-store',
      'x-request-id': requestId,
      ...scim.headers,
    },
    body: JSON.stringify({
      schemas: [ERROR_SCHEMA],
      status: String(scim.status),
      ...(scim.scimType ? { scimType: scim.scimType } : {}),
      detail: scim.detail,
    }),
  };
}

/** `route()`'s error middleware for `auth: 'scim'` routes: SCIM errors instead of problem+json. */
export const scimErrors = (): middy.MiddlewareObj<RouteEvent, APIGatewayProxyStructuredResultV2> => ({
  onError: (request) => {
    const { error, event } = request;
    const fault = dependencyFault(error);
    if (fault) logger.warn('dependency unavailable', { fault, error });
    else if (!(error instanceof ScimError || error instanceof ApiError) || toScimError(error).status >= 500)
      logger.error('request failed', { error });
    request.response = scimErrorResponse(error, requestIdOf(event));
  },
});
