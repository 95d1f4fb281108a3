import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { dependencyFault, unavailable } from '../dependency-faults.ts';
import { ApiError, errorCatalog } from '../errors.ts';

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const fault = dependencyFault(error);
  if (fault) return unavailable(fault);
  return new ApiError('INTERNAL', 'An unexpected error occurred. Try again later.');
}

/** RFC 9457 problem details; internal errors never expose their message. */
export function problemResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  const apiError = toApiError(error);
  const { title } = errorCatalog[apiError.code];
  const body = {
    type: `https://orgs.dev/problems/${apiError.code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status: apiError.status,
    detail: apiError.detail,
    code: apiError.code,
    requestId,
    ...(apiError.errors ? { errors: apiError.errors } : {}),
  };
  return {
    statusCode: apiError.status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId, ...apiError.headers },
    body: JSON.stringify(body),
  };
}
