import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/platform/errors.ts';
import { problemResponse } from '../../shared/platform/http/problem.ts';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('problemResponse', () => {
  it('answers an exhausted DynamoDB throttle with 503 UNAVAILABLE and Retry-After, hiding the SDK message', () => {
    const response = problemResponse(
      named('ProvisionedThroughputExceededException', 'table orgs-prod throttled'),
      'r1',
    );
    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('2');
    const body = JSON.parse(String(response.body));
    expect(body).toMatchObject({ code: 'UNAVAILABLE', status: 503, requestId: 'r1' });
    expect(String(response.body)).not.toContain('orgs-prod');
  });

  it('keeps an ApiError’s code, status, detail and headers', () => {
    const response = problemResponse(
      new ApiError('RATE_LIMITED', 'slow down', { headers: { 'retry-after': '60' } }),
      'r2',
    );
    expect(response.statusCode).toBe(429);
    expect(response.headers).toMatchObject({
      'content-type': 'application/problem+json',
      'retry-after': '60',
    });
    expect(JSON.parse(String(response.body))).toMatchObject({ code: 'RATE_LIMITED', detail: 'slow down' });
  });

  it('turns anything else into 500 INTERNAL without its message', () => {
    const response = problemResponse(new TypeError('cannot read x of undefined at /work/main/shared'), 'r3');
    expect(response.statusCode).toBe(500);
    expect(String(response.body)).not.toContain('/work/main');
    expect(JSON.parse(String(response.body)).code).toBe('INTERNAL');
  });
});
