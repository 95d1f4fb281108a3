import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { rolesWith } from '../../members/domain/permissions.ts';
import { type ErrorCode, errorCatalog } from '../errors.ts';
import type { ResponseHeader, RouteAuth, RouteDefinition } from '../http/route-definition.ts';
import { ProblemSchema } from '../schemas.ts';
import {
  headerRef,
  honoursIdempotencyKey,
  parameterDescriptions,
  parameterRef,
  problemCodesByStatus,
  requestHeaderParameter,
  responseHeaderNames,
  responseHeaders,
  sharedParameters,
} from './conventions.ts';
import { tagOf, tags } from './tags.ts';

type Headers = Record<string, { $ref: string }>;

const headersOf = (names: readonly (keyof typeof responseHeaderNames | ResponseHeader)[]): Headers =>
  Object.fromEntries(names.map((name) => [name, headerRef(responseHeaderNames[name])]));

const list = (codes: readonly string[]) => codes.map((code) => `\`${code}\``).join(', ');

/** API Gateway's own throttling answer (the stage's rate limit), not problem+json. */
const gatewayThrottle = {
  'application/json': {
    schema: {
      type: 'object',
      properties: { message: { type: 'string' } },
      required: ['message'],
      example: { message: 'Too Many Requests' },
    },
  },
};

function problemResponse(status: number, codes: readonly ErrorCode[]) {
  const headers: (keyof typeof responseHeaderNames)[] = ['X-Request-Id'];
  if (status === 401) headers.push('WWW-Authenticate');
  if (status === 429 || status === 503) headers.push('Retry-After');
  return {
    description: `${codes.map((code) => errorCatalog[code].title).join('; ')}: ${list(codes)}`,
    headers: headersOf(headers),
    content: { 'application/problem+json': { schema: ProblemSchema } },
  };
}

function errorResponses(doc: RouteDefinition, idempotent: boolean) {
  const byStatus = problemCodesByStatus({
    route: doc,
    hasBody: Boolean(doc.request?.body),
    hasQueryOrParams: Boolean(doc.request?.query || doc.request?.params),
    permission: doc.permission,
    idempotent,
    errors: doc.errors ?? [],
    errorStatus: doc.errorStatus,
  });
  const responses: Record<string, unknown> = {};
  for (const [status, codes] of byStatus) responses[status] = problemResponse(status, codes);
  // the deployed stage is throttled: any route can answer API Gateway's 429
  const limited = responses[429] as { content: object; description: string } | undefined;
  responses[429] = limited
    ? { ...limited, content: { ...limited.content, ...gatewayThrottle } }
    : {
        description: 'Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`)',
        content: gatewayThrottle,
      };
  return responses;
}

function successResponses(doc: RouteDefinition, idempotent: boolean) {
  const responses: Record<string, unknown> = {};
  for (const [status, { description, schema, headers = [] }] of Object.entries(doc.responses)) {
    const names = [
      'X-Request-Id',
      ...headers,
      ...(idempotent ? ['Idempotent-Replayed' as const] : []),
    ] as const;
    responses[status] = {
      description,
      headers: headersOf(names),
      ...(schema ? { content: { 'application/json': { schema } } } : {}),
    };
  }
  return responses;
}

function describe(doc: RouteDefinition): string {
  const who = doc.permission ? `Roles: ${rolesWith(doc.permission).join(', ')}.` : undefined;
  return [who, doc.who, doc.description].filter(Boolean).join(' ');
}

interface Parameter {
  name?: string;
  in?: string;
  description?: string;
  $ref?: string;
}

/** Shared components for limit and cursor, a description for every other parameter, then the headers. */
function finishParameters(operation: { parameters?: Parameter[] }, headerRefs: Parameter[], id: string) {
  const parameters = (operation.parameters ?? []).map((parameter) => {
    if (parameter.in === 'query' && parameter.name === 'limit') return parameterRef('Limit');
    if (parameter.in === 'query' && parameter.name === 'cursor') return parameterRef('Cursor');
    const description = parameter.name ? parameterDescriptions[parameter.name] : undefined;
    if (!description) throw new Error(`No description for parameter ${parameter.name} of ${id}`);
    return { ...parameter, description };
  });
  const all = [...parameters, ...headerRefs];
  if (all.length > 0) operation.parameters = all;
}

/** The OpenAPI 3.1 document, generated from the route definitions and their zod schemas. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[], serverUrl?: string) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A JWT of the configured issuer (locally: `npm run token`).',
  });
  const apiKey = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'orgs API key (orgs_test_… or orgs_live_…)',
    description: 'An API key of the organization: `Authorization: Bearer <key>`.',
  });
  const apiKeyHeader = registry.registerComponent('securitySchemes', 'apiKeyHeader', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
    description: 'The same API key in the `X-Api-Key` header.',
  });
  const securityOf = (auth: RouteAuth) =>
    auth === 'platform'
      ? [{ [apiKey.name]: [] }, { [apiKeyHeader.name]: [] }]
      : auth === 'person'
        ? [{ [bearer.name]: [] }]
        : [];
  for (const [name, header] of Object.entries(responseHeaders)) {
    registry.registerComponent('headers', name, header as never);
  }
  for (const [name, parameter] of Object.entries(sharedParameters)) {
    registry.registerComponent('parameters', name, parameter as never);
  }
  const headerParameters = new Map<string, Parameter[]>();
  for (const route of routes) {
    const doc = route;
    const idempotent = honoursIdempotencyKey(route);
    headerParameters.set(route.id, [
      ...(idempotent ? [parameterRef('IdempotencyKey')] : []),
      ...(doc.request?.headers ?? []).map((header) => parameterRef(requestHeaderParameter[header])),
    ]);
    registry.registerPath({
      operationId: route.id,
      method: route.method.toLowerCase() as 'get',
      path: route.path,
      summary: route.summary,
      description: describe(doc),
      tags: [tagOf(route.path)],
      security: securityOf(route.auth),
      request: {
        ...(doc.request?.params ? { params: doc.request.params } : {}),
        ...(doc.request?.query ? { query: doc.request.query } : {}),
        ...(doc.request?.body
          ? { body: { required: true, content: { 'application/json': { schema: doc.request.body } } } }
          : {}),
      },
      responses: { ...successResponses(doc, idempotent), ...errorResponses(doc, idempotent) } as never,
    });
  }
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Orgs API',
      version: '1.0.0',
      description:
        'Organizations, members, invitations, roles and billing for multi-tenant SaaS. Errors are RFC 9457 problem details with a stable `code`. Lists are paginated with `limit` (1..100, default 25) and an opaque, tamper-evident `cursor`. Every response carries `X-Request-Id`.',
      license: { name: 'UNLICENSED', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [
      { url: serverUrl ?? '/', description: serverUrl ? 'This API' : 'The host serving this document' },
    ],
    tags,
  });
  for (const route of routes) {
    const operation = document.paths?.[route.path]?.[route.method.toLowerCase() as 'get'];
    if (operation) finishParameters(operation as never, headerParameters.get(route.id) ?? [], route.id);
  }
  return document;
}
