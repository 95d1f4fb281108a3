import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ApiError, errorCatalog } from './errors.ts';

/** RFC 9457 problem details; internal errors never expose their message. */
export function problemResponse(error: unknown, requestId: string): APIGatewayProxyStructuredResultV2 {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError('INTERNAL', 'An unexpected error occurred. Try again later.');
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
