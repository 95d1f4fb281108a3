import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import type { RouteRequestSchemas } from '../../shared/platform/http/route-definition.ts';
import { testRoute } from '../support/test-route.ts';

// no stack (and no global setup) here: keep the logger quiet about the errors these tests provoke
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
});

import { z } from 'zod';
import { ApiError } from '../../shared/platform/errors.ts';
import { MAX_BODY_BYTES } from '../../shared/platform/http/middlewares.ts';
import { route } from '../../shared/platform/http/route.ts';

const REQUEST_ID = 'req-0123456789';

/** An API Gateway HTTP API (payload 2.0) event, as the gateway would send it. */
function event(overrides: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 {
  const method = overrides.requestContext?.http.method ?? 'POST';
  return {
    version: '2.0',
    routeKey: `${method} /things/{thingId}`,
    rawPath: '/things/t1',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: 'api.example.com' },
    pathParameters: { thingId: 't1' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method, path: '/things/t1', protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'unit' },
      requestId: REQUEST_ID,
      routeKey: `${method} /things/{thingId}`,
      stage: '$default',
      time: '22/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795341600000,
    },
    isBase64Encoded: false,
    ...overrides,
  };
}

const jsonEvent = (body: unknown, overrides: Partial<APIGatewayProxyEventV2> = {}) =>
  event({ body: JSON.stringify(body), ...overrides });

const context: Context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'unit-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:unit-test',
  memoryLimitInMB: '128',
  awsRequestId: 'aws-req-1',
  logGroupName: '/aws/lambda/unit-test',
  logStreamName: 'unit',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
};

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

async function invoke(handler: unknown, input: APIGatewayProxyEventV2) {
  const result = await (handler as Handler)(input, context);
  const text = result.body ?? '';
  return { ...result, headers: result.headers ?? {}, text, json: text ? JSON.parse(text) : undefined };
}

function expectProblem(result: Awaited<ReturnType<typeof invoke>>, status: number, code: string) {
  expect(result.statusCode, result.text).toBe(status);
  expect(result.headers['content-type']).toBe('application/problem+json');
  expect(result.json).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code,
    requestId: REQUEST_ID,
  });
}

const publicRoute = <const S extends RouteRequestSchemas>(schemas: S, run = vi.fn(async () => ({}))) => ({
  handler: route(testRoute({ request: schemas }), run),
  run,
});

describe('route(): responses', () => {
  it('a result becomes JSON with the request id and no-store', async () => {
    const handler = route(testRoute(), async () => ({ status: 201, body: { id: 'x1' } }));
    const result = await invoke(handler, event());
    expect(result.statusCode).toBe(201);
    expect(result.headers).toMatchObject({
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-request-id': REQUEST_ID,
    });
    expect(result.json).toEqual({ id: 'x1' });
  });

  it('a 204 has no body and no content type', async () => {
    const handler = route(testRoute(), async () => ({ status: 204, body: { ignored: true } }));
    const result = await invoke(handler, event());
    expect(result.statusCode).toBe(204);
    expect(result.text).toBe('');
    expect(result.headers['content-type']).toBeUndefined();
  });
});

describe('route(): errors become problem+json', () => {
  it('an ApiError keeps its status, code, detail and headers', async () => {
    const handler = route(testRoute(), async () => {
      throw new ApiError('RATE_LIMITED', 'Slow down.', { headers: { 'retry-after': '7' } });
    });
    const result = await invoke(handler, event());
    expectProblem(result, 429, 'RATE_LIMITED');
    expect(result.json.detail).toBe('Slow down.');
    expect(result.headers['retry-after']).toBe('7');
    expect(result.headers['x-request-id']).toBe(REQUEST_ID);
  });

  it.each([
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['PRECONDITION_FAILED', 412],
    ['ORG_LIMIT_REACHED', 409],
    ['INVITATION_EXPIRED', 410],
    ['USER_NOT_REGISTERED', 422],
  ] as const)('ApiError %s → %i', async (code, status) => {
    const handler = route(testRoute(), async () => {
      throw new ApiError(code, 'Told to the client.');
    });
    const result = await invoke(handler, event());
    expectProblem(result, status, code);
    expect(result.json.type).toMatch(/^https:\/\//);
  });

  it('a plain Error is 500 INTERNAL without its message or stack', async () => {
    const handler = route(testRoute(), async () => {
      throw new Error('secret internal detail');
    });
    const result = await invoke(handler, event());
    expectProblem(result, 500, 'INTERNAL');
    expect(result.text).not.toContain('secret internal detail');
    expect(result.text).not.toMatch(/\bat .+:\d+|\.ts\b|Error:/);
    expect(Object.keys(result.json).sort()).toEqual(
      ['code', 'detail', 'requestId', 'status', 'title', 'type'].sort(),
    );
  });

  it('a thrown non-Error value is 500 INTERNAL without its content', async () => {
    const handler = route(testRoute(), async () => {
      throw 'secret string thrown';
    });
    const result = await invoke(handler, event());
    expectProblem(result, 500, 'INTERNAL');
    expect(result.text).not.toContain('secret string thrown');
  });

  it('an error from a database client (with AWS metadata) shows nothing of it', async () => {
    const handler = route(testRoute(), async () => {
      throw Object.assign(new Error('Requested resource not found: Table: orgs-prod not found'), {
        name: 'ResourceNotFoundException',
        $metadata: { httpStatusCode: 400 },
      });
    });
    const result = await invoke(handler, event());
    expectProblem(result, 500, 'INTERNAL');
    expect(result.text).not.toMatch(/orgs-prod|ResourceNotFound|Table/);
  });
});

describe('route(): authentication', () => {
  it('a route requires a bearer token unless auth is false', async () => {
    const run = vi.fn(async () => ({ body: {} }));
    const handler = route(testRoute({ auth: 'person' }), run);
    const result = await invoke(handler, event({ body: undefined }));
    expectProblem(result, 401, 'UNAUTHENTICATED');
    expect(result.headers['www-authenticate']).toMatch(/^Bearer/);
    const basic = await invoke(handler, event({ body: undefined, headers: { authorization: 'Basic eDp5' } }));
    expectProblem(basic, 401, 'UNAUTHENTICATED');
    expect(run).not.toHaveBeenCalled();
  });
});

describe('route(): validation', () => {
  const Body = z.strictObject({
    name: z.string().trim().min(1),
    address: z.object({ city: z.string(), postalCode: z.string().max(10) }),
    tags: z.array(z.string().max(3)).optional(),
  });

  it('body errors have paths like body.name and body.address.city', async () => {
    const { handler, run } = publicRoute({ body: Body });
    const result = await invoke(
      handler,
      jsonEvent({ name: '  ', address: { postalCode: '12345678901' }, tags: ['ok', 'toolong'] }),
    );
    expectProblem(result, 400, 'VALIDATION_FAILED');
    const paths = (result.json.errors as { path: string; message: string }[]).map((error) => error.path);
    expect(paths.sort()).toEqual([
      'body.address.city',
      'body.address.postalCode',
      'body.name',
      'body.tags.1',
    ]);
    const missing = result.json.errors.find((error: { path: string }) => error.path === 'body.address.city');
    expect(missing.message).toBe('Required.');
    expect(run).not.toHaveBeenCalled();
  });

  it('a value of the wrong type says what was expected and what came, not "Required."', async () => {
    const { handler } = publicRoute({ body: Body });
    const result = await invoke(handler, jsonEvent({ name: 42, address: { city: null, postalCode: '1' } }));
    expectProblem(result, 400, 'VALIDATION_FAILED');
    const byPath = Object.fromEntries(
      (result.json.errors as { path: string; message: string }[]).map((error) => [error.path, error.message]),
    );
    expect(byPath['body.name']).toMatch(/expected string, received number/);
    expect(byPath['body.address.city']).toMatch(/expected string, received null/);
  });

  it('unknown keys of a strict object are refused', async () => {
    const { handler } = publicRoute({ body: Body });
    const result = await invoke(
      handler,
      jsonEvent({ name: 'A', address: { city: 'B', postalCode: '1' }, role: 'x' }),
    );
    expectProblem(result, 400, 'VALIDATION_FAILED');
    expect(result.json.errors).toEqual([{ path: 'body', message: expect.stringContaining('role') }]);
  });

  it('a missing body is reported at body', async () => {
    const { handler } = publicRoute({ body: Body });
    const result = await invoke(handler, event({ body: undefined }));
    expectProblem(result, 400, 'VALIDATION_FAILED');
    expect(result.json.errors).toEqual([{ path: 'body', message: 'Required.' }]);
  });

  it('valid input reaches the route parsed (trimmed, coerced)', async () => {
    const run = vi.fn(async ({ body, query, params }) => ({ body: { body, query, params } }));
    const handler = route(
      testRoute({
        request: {
          body: Body,
          query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(25) }),
          params: z.object({ thingId: z.string().min(1) }),
        },
      }),
      run,
    );
    const result = await invoke(
      handler,
      jsonEvent(
        { name: '  Ada ', address: { city: 'Paris', postalCode: '75001' } },
        {
          queryStringParameters: { limit: '7' },
        },
      ),
    );
    expect(result.statusCode, result.text).toBe(200);
    expect(result.json).toEqual({
      body: { name: 'Ada', address: { city: 'Paris', postalCode: '75001' } },
      query: { limit: 7 },
      params: { thingId: 't1' },
    });
  });

  it('query errors have paths like query.limit; absent query uses defaults', async () => {
    const Query = z.object({
      limit: z.coerce.number().int().min(1).max(100).default(25),
      status: z.enum(['active', 'blocked']).optional(),
    });
    const run = vi.fn(async ({ query }) => ({ body: query }));
    const handler = route(testRoute({ request: { query: Query } }), run);
    const bad = await invoke(handler, event({ queryStringParameters: { limit: '500', status: 'gone' } }));
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.json.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'query.limit',
      'query.status',
    ]);
    const notANumber = await invoke(handler, event({ queryStringParameters: { limit: 'ten' } }));
    expectProblem(notANumber, 400, 'VALIDATION_FAILED');
    const defaults = await invoke(handler, event({ queryStringParameters: undefined }));
    expect(defaults.statusCode).toBe(200);
    expect(defaults.json).toEqual({ limit: 25 });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('params errors have paths like params.thingId', async () => {
    const { handler } = publicRoute({ params: z.object({ thingId: z.string().regex(/^[a-z]+$/) }) });
    const result = await invoke(handler, event({ pathParameters: { thingId: 'T-1' } }));
    expectProblem(result, 400, 'VALIDATION_FAILED');
    expect(result.json.errors.map((error: { path: string }) => error.path)).toEqual(['params.thingId']);
  });

  it('errors of every part are reported together', async () => {
    const { handler } = publicRoute({ body: Body, query: z.object({ limit: z.coerce.number().max(5) }) });
    const result = await invoke(handler, jsonEvent({}, { queryStringParameters: { limit: '9' } }));
    const paths = result.json.errors.map((error: { path: string }) => error.path);
    expect(paths).toContain('query.limit');
    expect(paths).toContain('body.name');
  });
});

describe('route(): body parsing and size', () => {
  const Body = z.object({ data: z.string() });
  const echoLength = () => {
    const run = vi.fn(async ({ body }) => ({ body: { length: body.data.length } }));
    return { handler: route(testRoute({ request: { body: Body } }), run), run };
  };
  /** A JSON document of exactly `bytes` bytes. */
  const jsonOfBytes = (bytes: number) => `{"data":"${'x'.repeat(bytes - '{"data":""}'.length)}"}`;

  it('exactly 64 KiB passes; one byte more is 413', async () => {
    const { handler, run } = echoLength();
    const atLimit = await invoke(handler, event({ body: jsonOfBytes(MAX_BODY_BYTES) }));
    expect(atLimit.statusCode, atLimit.text).toBe(200);
    const over = await invoke(handler, event({ body: jsonOfBytes(MAX_BODY_BYTES + 1) }));
    expectProblem(over, 413, 'PAYLOAD_TOO_LARGE');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('counts UTF-8 bytes, not characters', async () => {
    const { handler } = echoLength();
    const body = JSON.stringify({ data: 'é'.repeat(40_000) }); // 40 000 characters, 80 000 bytes
    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    expectProblem(await invoke(handler, event({ body })), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('counts the decoded size of a base64 body, not its encoded length', async () => {
    const { handler } = echoLength();
    // 60 KiB decoded is 80 KiB of base64: must pass
    const decoded60k = jsonOfBytes(60 * 1024);
    const encoded = Buffer.from(decoded60k).toString('base64');
    expect(encoded.length).toBeGreaterThan(MAX_BODY_BYTES);
    const accepted = await invoke(handler, event({ body: encoded, isBase64Encoded: true }));
    expect(accepted.statusCode, accepted.text).toBe(200);
    expect(accepted.json).toEqual({ length: 60 * 1024 - '{"data":""}'.length });
    // exactly at and one over the limit, for every padding length
    for (const bytes of [MAX_BODY_BYTES - 1, MAX_BODY_BYTES]) {
      const body = Buffer.from(jsonOfBytes(bytes)).toString('base64');
      const result = await invoke(handler, event({ body, isBase64Encoded: true }));
      expect(result.statusCode, `${bytes} bytes`).toBe(200);
    }
    for (const bytes of [MAX_BODY_BYTES + 1, MAX_BODY_BYTES + 2, MAX_BODY_BYTES + 3]) {
      const body = Buffer.from(jsonOfBytes(bytes)).toString('base64');
      expectProblem(await invoke(handler, event({ body, isBase64Encoded: true })), 413, 'PAYLOAD_TOO_LARGE');
    }
  });

  it('a base64 body is decoded before JSON parsing', async () => {
    const { handler } = echoLength();
    const body = Buffer.from(JSON.stringify({ data: 'héllo' })).toString('base64');
    const result = await invoke(handler, event({ body, isBase64Encoded: true }));
    expect(result.statusCode, result.text).toBe(200);
    expect(result.json).toEqual({ length: 5 });
  });

  it('invalid JSON is 400 VALIDATION_FAILED', async () => {
    const { handler, run } = echoLength();
    const result = await invoke(handler, event({ body: '{"data": ' }));
    expectProblem(result, 400, 'VALIDATION_FAILED');
    expect(result.json.errors).toHaveLength(1);
    expect(run).not.toHaveBeenCalled();
  });

  it.each([
    ['text/plain', 415],
    ['application/x-www-form-urlencoded', 415],
    ['application/jsonp', 415],
    ['application/json; charset=utf-8', 200],
    ['application/merge-patch+json', 200],
  ])('content type %s → %i', async (contentType, status) => {
    const { handler } = echoLength();
    const result = await invoke(
      handler,
      event({ body: JSON.stringify({ data: 'x' }), headers: { 'content-type': contentType } }),
    );
    expect(result.statusCode, result.text).toBe(status);
    if (status === 415) expectProblem(result, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a body without a content type is 415', async () => {
    const { handler } = echoLength();
    const result = await invoke(handler, event({ body: JSON.stringify({ data: 'x' }), headers: {} }));
    expectProblem(result, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
