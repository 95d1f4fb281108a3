import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/http/routes.ts';
import { errorCatalog } from '../../shared/platform/errors.ts';
import type { RouteDefinition } from '../../shared/platform/http/route-definition.ts';
import { honoursIdempotencyKey, problemCodesByStatus } from '../../shared/platform/openapi/conventions.ts';
import { buildOpenApiDocument } from '../../shared/platform/openapi/document.ts';

/** POSTs that store nothing a retry could repeat: Stripe's events apply once by their id; a session token is new each time. */
const notStored = ['receiveStripeEvent', 'createOrgSession'];

const document = buildOpenApiDocument(routes, 'http://127.0.0.1:3000');
// biome-ignore lint/suspicious/noExplicitAny: walking a JSON document
type Json = any;
const operationOf = (route: RouteDefinition): Json =>
  (document.paths as Json)[route.path][route.method.toLowerCase()];
const components = document.components as Json;

/** A parameter as written or the shared component it refers to. */
const resolveParameter = (parameter: Json) =>
  parameter.$ref ? components.parameters[parameter.$ref.split('/').pop()] : parameter;
const headerParameters = (operation: Json) =>
  (operation.parameters ?? []).map(resolveParameter).filter((p: Json) => p.in === 'header');

describe('the OpenAPI document covers every route', () => {
  it('one operation per route definition, each in its area’s folder', () => {
    const operationIds = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.values(item as Json).map((operation) => (operation as Json).operationId),
    );
    expect(operationIds.sort()).toEqual(routes.map((route) => route.id).sort());
    for (const route of routes) expect(route.handler, route.id).toMatch(`functions/http/${route.area}/`);
  });

  it('every operation has a verb operationId, a tag, a summary and a description', () => {
    const tagNames = (document.tags ?? []).map((tag) => tag.name);
    for (const route of routes) {
      const operation = operationOf(route);
      expect(operation.operationId, route.path).toMatch(
        /^(get|list|create|update|delete|rename|change|revoke|resend|accept|decline|block|unblock|remove|start|cancel|choose|put|receive|roll|rotate|test|retry|restore|export|verify|approve|deny)[A-Z]/,
      );
      expect(operation.tags, route.id).toHaveLength(1);
      expect(tagNames, route.id).toContain(operation.tags[0]);
      expect(operation.summary?.length, route.id).toBeGreaterThan(0);
      expect(operation.description?.length, route.id).toBeGreaterThan(20);
    }
  });

  it('every parameter is described; limit and cursor are the shared components', () => {
    for (const route of routes) {
      for (const parameter of operationOf(route).parameters ?? []) {
        const resolved = resolveParameter(parameter);
        expect(resolved?.description?.length, `${route.id} ${resolved?.name}`).toBeGreaterThan(5);
        if (resolved.in === 'query' && ['limit', 'cursor'].includes(resolved.name)) {
          expect(parameter.$ref, route.id).toMatch(/^#\/components\/parameters\/(Limit|Cursor)$/);
        }
      }
    }
  });

  it('every named schema has an example', () => {
    for (const [name, schema] of Object.entries(components.schemas as Record<string, Json>)) {
      expect(schema.example ?? schema.examples, name).toBeDefined();
    }
  });

  it('Problem.code is the enum of every code in the catalog', () => {
    expect(components.schemas.Problem.properties.code.enum).toEqual(Object.keys(errorCatalog));
  });

  it('every response carries X-Request-Id; problems are problem+json with the status of their codes', () => {
    for (const route of routes) {
      for (const [status, response] of Object.entries(operationOf(route).responses as Record<string, Json>)) {
        if (status !== '429')
          expect(response.headers?.['X-Request-Id'], `${route.id} ${status}`).toBeDefined();
        const problem = response.content?.['application/problem+json'];
        if (Number(status) >= 400 && status !== '429') expect(problem, `${route.id} ${status}`).toBeDefined();
        if (problem) {
          for (const code of response.description.match(/`[A-Z_]+`/g) ?? []) {
            const name = code.slice(1, -1) as keyof typeof errorCatalog;
            // a route may answer a two-status code (ORG_NOT_ACTIVE) with the other status
            const expected = route.errorStatus?.[name] ?? errorCatalog[name].status;
            expect(expected, `${route.id} ${code}`).toBe(Number(status));
          }
        }
      }
    }
  });
});

describe('standard answers are derived from the route definition', () => {
  it('a bearer token → 401 with WWW-Authenticate; none → no 401 and no security', () => {
    for (const route of routes) {
      const operation = operationOf(route);
      if (route.auth === 'platform') {
        // an API key: Authorization: Bearer <key> or X-Api-Key, refused with the API_KEY_* codes
        expect(operation.security, route.id).toEqual([{ apiKey: [] }, { apiKeyHeader: [] }]);
        expect(operation.responses['401'].headers['WWW-Authenticate'], route.id).toBeDefined();
        expect(operation.responses['401'].description, route.id).toContain('API_KEY_REVOKED');
      } else if (route.auth === 'person') {
        expect(operation.security, route.id).toEqual([{ bearer: [] }]);
        expect(operation.responses['401'].headers['WWW-Authenticate'], route.id).toBeDefined();
      } else {
        expect(operation.security, route.id).toEqual([]);
        expect(operation.responses['401'], route.id).toBeUndefined();
      }
    }
  });

  it('a body → 400, 413, 415; query or path parameters → 400; a path parameter → 404', () => {
    for (const route of routes) {
      const doc = route;
      const responses = operationOf(route).responses;
      if (doc?.request?.body)
        for (const status of ['400', '413', '415']) expect(responses[status], route.id).toBeDefined();
      if (doc?.request?.query || doc?.request?.params) expect(responses['400'], route.id).toBeDefined();
      if (route.path.includes('{')) expect(responses['404'], route.id).toBeDefined();
    }
  });

  it('every route can answer 429 (the stage is throttled); 429 and 503 problems carry Retry-After', () => {
    for (const route of routes) {
      const responses = operationOf(route).responses;
      expect(responses['429'], route.id).toBeDefined();
      if (route.tableActions.length > 0)
        expect(responses['503'].headers['Retry-After'], route.id).toBeDefined();
      if (responses['429'].content['application/problem+json']) {
        expect(responses['429'].headers['Retry-After'], route.id).toBeDefined();
      }
    }
  });

  it('every state-changing POST takes Idempotency-Key and may answer Idempotent-Replayed', () => {
    const idempotent = routes.filter((route) => honoursIdempotencyKey(route));
    // the Stripe webhook is applied once per event id, whatever the deliveries
    const posts = routes.filter((route) => route.method === 'POST' && !notStored.includes(route.id));
    expect(idempotent.map((route) => route.id).sort()).toEqual(posts.map((route) => route.id).sort());
    for (const route of routes) {
      const operation = operationOf(route);
      const names = headerParameters(operation).map((p: Json) => p.name);
      const success = Object.entries(operation.responses as Record<string, Json>).filter(([s]) => s < '300');
      if (idempotent.includes(route)) {
        expect(names, route.id).toContain('Idempotency-Key');
        expect(operation.responses['422'].description, route.id).toContain('IDEMPOTENCY_KEY_REUSED');
        for (const [, response] of success)
          expect(response.headers['Idempotent-Replayed'], route.id).toBeDefined();
      } else {
        expect(names, route.id).not.toContain('Idempotency-Key');
      }
    }
  });

  it('a route added without docs of its own still gets every standard answer', () => {
    const route: RouteDefinition = {
      id: 'createThing',
      method: 'POST',
      path: '/orgs/{orgId}/things',
      area: 'things',
      handler: 'functions/http/things/create.ts',
      auth: 'person',
      tableActions: ['PutItem'],
      idempotent: true,
      summary: 'Create a thing',
      description: 'A thing.',
      responses: {},
    };
    const byStatus = problemCodesByStatus({
      route,
      hasBody: true,
      hasQueryOrParams: true,
      permission: 'developer:keys',
      idempotent: honoursIdempotencyKey(route),
      errors: [],
    });
    expect(Object.fromEntries(byStatus)).toEqual({
      400: ['VALIDATION_FAILED'],
      401: ['UNAUTHENTICATED'],
      403: ['FORBIDDEN', 'MFA_REQUIRED'],
      404: ['NOT_FOUND'],
      413: ['PAYLOAD_TOO_LARGE'],
      415: ['UNSUPPORTED_MEDIA_TYPE'],
      422: ['IDEMPOTENCY_KEY_REUSED'],
      500: ['INTERNAL'],
      503: ['UNAVAILABLE'],
    });
  });

  it('request headers are declared where the route reads them', () => {
    const headersOf = (id: string) =>
      headerParameters(operationOf(routes.find((route) => route.id === id) as RouteDefinition)).map(
        (p: Json) => p.name,
      );
    expect(headersOf('getOrganization')).toContain('If-None-Match');
    expect(headersOf('updateOrganization')).toContain('If-Match');
    expect(headersOf('receiveStripeEvent')).toContain('Stripe-Signature');
    const getOrg = operationOf(routes.find((route) => route.id === 'getOrganization') as RouteDefinition);
    expect(getOrg.responses['200'].headers.ETag).toBeDefined();
    expect(getOrg.responses['304'].headers.ETag).toBeDefined();
  });
});

describe('redocly lint (recommended rules)', () => {
  it('reports no error and no warning', { timeout: 60_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['node_modules/@redocly/cli/bin/cli.js', 'lint', file, '--format=json', '--extends=recommended'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error) => error);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const problems = report.problems.map((p: Json) => `${p.severity} ${p.ruleId}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
