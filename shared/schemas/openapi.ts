import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { routes } from '../../infra/routes.ts';
import { errorCatalog } from '../http/errors.ts';
import { ProblemSchema } from './common.ts';
import { routeDocs } from './route-docs.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The OpenAPI 3.1 document, generated from the route table and the zod schemas. */
export function buildOpenApiDocument(serverUrl?: string) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  const apiKey = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'orgs API key (orgs_test_… or orgs_live_…)',
    description: 'An API key of the organization: `Authorization: Bearer <key>`',
  });
  const apiKeyHeader = registry.registerComponent('securitySchemes', 'apiKeyHeader', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
    description: 'The same API key in the `X-Api-Key` header',
  });
  const securityOf = (auth: boolean | 'apiKey') =>
    auth === 'apiKey'
      ? [{ [apiKey.name]: [] }, { [apiKeyHeader.name]: [] }]
      : auth
        ? [{ [bearer.name]: [] }]
        : [];
  for (const route of routes) {
    const doc = routeDocs[route.id];
    if (!doc) throw new Error(`routeDocs has no entry for route ${route.id}`);
    const responses: Record<string, unknown> = {};
    for (const [status, { description, schema }] of Object.entries(doc.responses)) {
      responses[status] = schema
        ? { description, content: { 'application/json': { schema } } }
        : { description };
    }
    if (route.auth === true) responses[401] = problem('Missing or invalid bearer token (UNAUTHENTICATED)');
    if (doc.request?.body) {
      responses[400] = problem('Validation failed (VALIDATION_FAILED)');
      responses[413] = problem('Body over 64 KiB (PAYLOAD_TOO_LARGE)');
    }
    for (const code of doc.errors ?? []) {
      const status = doc.errorStatus?.[code] ?? errorCatalog[code as keyof typeof errorCatalog]?.status;
      if (!status) throw new Error(`Unknown error code ${code} in docs of ${route.id}`);
      const existing = responses[status] as { description: string } | undefined;
      responses[status] = problem(existing ? `${existing.description}; ${code}` : code);
    }
    responses.default = problem('Unexpected error (INTERNAL)');
    registry.registerPath({
      operationId: route.id,
      method: route.method.toLowerCase() as 'get',
      path: route.path,
      summary: route.summary,
      description: doc.description,
      security: securityOf(route.auth),
      request: {
        ...(doc.request?.params ? { params: doc.request.params } : {}),
        ...(doc.request?.query ? { query: doc.request.query } : {}),
        ...(doc.request?.body
          ? { body: { required: true, content: { 'application/json': { schema: doc.request.body } } } }
          : {}),
      },
      responses: responses as never,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Orgs API',
      version: '1.0.0',
      description:
        'Organizations, members, invitations, roles and billing for multi-tenant SaaS. Errors are RFC 9457 problem details with a stable `code`. Lists are paginated with `limit` (1..100, default 25) and an opaque, tamper-evident `cursor`.',
    },
    servers: serverUrl ? [{ url: serverUrl }] : [],
  });
}
