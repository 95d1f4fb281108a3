import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';
import {
  HealthSchema,
  OpenApiDocumentSchema,
  PlanListSchema,
  ReadinessSchema,
} from '../../../shared/system/schemas.ts';

/** The system area's routes: one definition each (see CONTRIBUTING.md). */
export const systemRoutes = defineRoutes('system', {
  getHealth: {
    route: 'GET /health',
    auth: 'public',
    summary: 'Liveness check',
    description: 'Liveness: answers while the function runs. It checks no dependency.',
    responses: { 200: { description: 'The service answers', schema: HealthSchema } },
    tableActions: [],
  },
  getReadiness: {
    route: 'GET /health/ready',
    auth: 'public',
    summary: 'Readiness: whether each dependency answers (503 names the ones down)',
    description:
      'Readiness: checks each dependency the API needs (the table) with a bounded timeout (`READINESS_TIMEOUT_MS`, default 1 s). 503 `UNAVAILABLE` with `Retry-After` when one is down; its `detail` names it and why (`timeout`, `unreachable`, `busy`, `error`), e.g. "Not ready: dynamodb is down (timeout)."',
    responses: { 200: { description: 'Every dependency answers', schema: ReadinessSchema } },
    tableActions: ['GetItem'],
  },
  getOpenApiDocument: {
    route: 'GET /openapi.json',
    auth: 'public',
    summary: 'This OpenAPI 3.1 document',
    description: 'This document, generated from the route table and the zod schemas that validate requests.',
    responses: { 200: { description: 'The OpenAPI 3.1 document', schema: OpenApiDocumentSchema } },
    tableActions: [],
  },
  listPlans: {
    route: 'GET /plans',
    auth: 'public',
    summary: 'Plan catalog',
    description:
      'The plans an organization can choose, with their member limits, `features`, Stripe price ids (when configured) and `price` as Stripe holds it. Prices are read from Stripe once per container (at most one call per cold start, none per request); Stripe unreachable, `price` is null.',
    responses: { 200: { description: 'Plans', schema: PlanListSchema } },
    tableActions: [],
    secrets: ['stripe'],
  },
});
