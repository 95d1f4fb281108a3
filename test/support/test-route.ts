import {
  defineRoutes,
  type RouteRequestSchemas,
  type RouteSpec,
} from '../../shared/platform/http/route-definition.ts';

/** A route definition for tests of `route()` itself: public, no grants, the given overrides. */
export function testRoute<const S extends Partial<RouteSpec> & { request?: RouteRequestSchemas }>(
  overrides: S = {} as S,
) {
  const spec = {
    route: 'POST /test',
    auth: 'public',
    summary: 'A test route',
    description: 'A route built by a test.',
    responses: {},
    tableActions: [],
    ...overrides,
  } as const satisfies RouteSpec;
  return defineRoutes('test', { testRoute: spec }).testRoute;
}
