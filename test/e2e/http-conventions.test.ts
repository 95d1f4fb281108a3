import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/http/routes.ts';
import { type ApiResponse, api, apiUrl, newUser } from '../support/http.ts';

const MAX_BODY = 64 * 1024;

/** A problem+json response with the contract's fields, whose requestId is the x-request-id header. */
function expectProblem(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.body).toMatchObject({
    type: expect.stringMatching(/\S/),
    title: expect.stringMatching(/\S/),
    status,
    detail: expect.stringMatching(/\S/),
    code,
    requestId: expect.stringMatching(/\S/),
  });
  expect(response.headers.get('x-request-id')).toBe(response.body.requestId);
}

/** `{"name":"xxx…"}` of exactly `bytes` bytes. */
const nameBodyOfBytes = (bytes: number) => `{"name":"${'x'.repeat(bytes - '{"name":""}'.length)}"}`;

const patchMeRaw = (token: string, rawBody: string | Uint8Array, contentType?: string) =>
  fetch(`${apiUrl()}/me`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, ...(contentType ? { 'content-type': contentType } : {}) },
    body: rawBody,
  }).then(async (response) => ({
    status: response.status,
    headers: response.headers,
    body: JSON.parse((await response.text()) || 'null'),
  }));

describe('request bodies', () => {
  it('a body over 64 KiB is 413 PAYLOAD_TOO_LARGE and changes nothing', async () => {
    const user = await newUser({ name: 'Unchanged' });
    const body = nameBodyOfBytes(MAX_BODY + 1);
    expect(Buffer.byteLength(body)).toBe(MAX_BODY + 1);
    const response = await api('PATCH', '/me', {
      token: user.token,
      rawBody: body,
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    expect((await api('GET', '/me', { token: user.token })).body.name).toBe('Unchanged');
  });

  it('exactly 64 KiB is within the limit (then refused by validation, not by size)', async () => {
    const user = await newUser();
    const response = await api('PATCH', '/me', {
      token: user.token,
      rawBody: nameBodyOfBytes(MAX_BODY),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path: 'body.name' }));
  });

  it('the limit counts bytes, not characters', async () => {
    const user = await newUser({ name: 'Unchanged' });
    // 25 000 three-byte characters: far fewer than 64 Ki characters, but 75 000 bytes
    const response = await api('PATCH', '/me', { token: user.token, body: { name: '€'.repeat(25_000) } });
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    expect((await api('GET', '/me', { token: user.token })).body.name).toBe('Unchanged');
  });

  it('a body over the gateway limit (10 MB) is 413 problem+json too', async () => {
    const user = await newUser();
    const response = await api('PATCH', '/me', {
      token: user.token,
      rawBody: nameBodyOfBytes(11 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('invalid JSON is 400 VALIDATION_FAILED', async () => {
    const user = await newUser({ name: 'Unchanged' });
    const response = await api('PATCH', '/me', {
      token: user.token,
      rawBody: '{"name": "Half',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ path: expect.any(String), message: expect.any(String) }]);
    expect((await api('GET', '/me', { token: user.token })).body.name).toBe('Unchanged');
  });

  it.each([['null'], ['[]'], ['"Ada"'], ['42']])(
    'a JSON body that is not an object (%s) is 400',
    async (raw) => {
      const user = await newUser();
      const response = await api('PATCH', '/me', {
        token: user.token,
        rawBody: raw,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(response, 400, 'VALIDATION_FAILED');
    },
  );

  it('a missing body where one is required is 400', async () => {
    const user = await newUser();
    expectProblem(await api('PATCH', '/me', { token: user.token }), 400, 'VALIDATION_FAILED');
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form-encoded', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['json-lookalike', 'application/jsonp'],
  ])('a non-JSON content type (%s) is 415', async (_, contentType) => {
    const user = await newUser({ name: 'Unchanged' });
    const response = await patchMeRaw(user.token, JSON.stringify({ name: 'Changed' }), contentType);
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect((await api('GET', '/me', { token: user.token })).body.name).toBe('Unchanged');
  });

  it('a body without any content type is 415', async () => {
    const user = await newUser({ name: 'Unchanged' });
    const response = await patchMeRaw(
      user.token,
      new TextEncoder().encode(JSON.stringify({ name: 'Changed' })),
    );
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect((await api('GET', '/me', { token: user.token })).body.name).toBe('Unchanged');
  });

  it('application/json with a charset parameter is accepted', async () => {
    const user = await newUser();
    const response = await patchMeRaw(
      user.token,
      JSON.stringify({ name: 'Charset' }),
      'Application/JSON; charset=utf-8',
    );
    expect(response.status).toBe(200);
    expect(response.body.name).toBe('Charset');
  });

  it('unknown fields in PATCH /me are 400 (strict schema) and nothing changes', async () => {
    const user = await newUser({ name: 'Unchanged' });
    const response = await api('PATCH', '/me', {
      token: user.token,
      body: { name: 'Changed', isAdmin: true },
    });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    const errors = response.body.errors as { path: string; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error.path === 'body' || error.path.startsWith('body.'))).toBe(true);
    expect(JSON.stringify(errors)).toContain('isAdmin');
    expect((await api('GET', '/me', { token: user.token })).body.name).toBe('Unchanged');
  });

  it('an empty PATCH /me is 400', async () => {
    const user = await newUser();
    expectProblem(await api('PATCH', '/me', { token: user.token, body: {} }), 400, 'VALIDATION_FAILED');
  });
});

describe('routing', () => {
  it('an unknown route is 404 problem+json', async () => {
    const response = await api('GET', '/no/such/route');
    expectProblem(response, 404, 'NOT_FOUND');
  });

  it('an unknown route is 404 even with a valid token', async () => {
    const user = await newUser();
    expectProblem(await api('GET', '/me/nothing-here', { token: user.token }), 404, 'NOT_FOUND');
  });

  it('a trailing slash or another case is not the same route', async () => {
    expectProblem(await api('GET', '/health/'), 404, 'NOT_FOUND');
    expectProblem(await api('GET', '/HEALTH'), 404, 'NOT_FOUND');
  });

  it('a known path with an unsupported method is a 404 or 405 problem', async () => {
    const response = await api('DELETE', '/plans');
    expect([404, 405]).toContain(response.status);
    expectProblem(response, response.status, response.status === 404 ? 'NOT_FOUND' : 'METHOD_NOT_ALLOWED');
  });
});

describe('request ids', () => {
  it('each response carries a distinct x-request-id', async () => {
    const first = await api('GET', '/health');
    const second = await api('GET', '/health');
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    expect(ids[0]).toMatch(/\S/);
    expect(ids[1]).toMatch(/\S/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('a handler problem has requestId = x-request-id', async () => {
    const response = await api('GET', '/me');
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('a validation problem has requestId = x-request-id', async () => {
    const user = await newUser();
    expectProblem(
      await api('PATCH', '/me', { token: user.token, body: { name: '' } }),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1.0 with one operation per route definition (operationId = route id)', async () => {
    const response = await api('GET', '/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });

    const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
    const documented: string[] = [];
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(item).filter((key) => methods.includes(key))) {
        documented.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(documented.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());

    for (const route of routes) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.operationId).toBe(route.id);
      if (route.auth === 'platform') {
        expect(operation.security, route.id).toEqual([{ apiKey: [] }, { apiKeyHeader: [] }]);
        expect(operation.responses['401'], route.id).toBeDefined();
      } else if (route.auth === 'person') {
        expect(operation.security, route.id).toEqual([{ bearer: [] }]);
        expect(operation.responses['401'], route.id).toBeDefined();
      } else {
        expect(operation.security ?? [], route.id).toEqual([]);
      }
    }
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
