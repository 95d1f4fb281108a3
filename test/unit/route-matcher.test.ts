import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/http/routes.ts';
import { createRouteMatcher } from '../../infra/local/route-matcher.ts';
import type { HttpMethod, RouteDefinition } from '../../shared/platform/http/route-definition.ts';

const def = (method: HttpMethod, path: string, id = `${method} ${path}`): RouteDefinition => ({
  id,
  method,
  path,
  area: 'test',
  handler: `functions/${id}.ts`,
  auth: 'person',
  tableActions: [],
  summary: id,
  description: id,
  responses: {},
});

describe('createRouteMatcher', () => {
  it('a literal segment beats a parameter, whatever the table order', () => {
    const table = [
      def('GET', '/orgs/{orgId}', 'getOrg'),
      def('GET', '/orgs/{orgId}/members/{userId}', 'getMember'),
      def('GET', '/orgs/mine', 'myOrgs'),
      def('GET', '/orgs/{orgId}/members/me', 'myMembership'),
    ];
    for (const ordered of [table, [...table].reverse()]) {
      const match = createRouteMatcher(ordered);
      expect(match('GET', '/orgs/mine')?.route.id).toBe('myOrgs');
      expect(match('GET', '/orgs/o1')?.route.id).toBe('getOrg');
      expect(match('GET', '/orgs/o1/members/me')?.route.id).toBe('myMembership');
      expect(match('GET', '/orgs/o1/members/u1')?.route.id).toBe('getMember');
    }
  });

  it('returns the path parameters by name, URL-decoded', () => {
    const match = createRouteMatcher([def('DELETE', '/orgs/{orgId}/members/{userId}')]);
    expect(match('DELETE', '/orgs/org%201/members/user%7C42')?.pathParameters).toEqual({
      orgId: 'org 1',
      userId: 'user|42',
    });
  });

  it('keeps a parameter that is not valid percent-encoding as it came', () => {
    const match = createRouteMatcher([def('GET', '/orgs/{orgId}')]);
    expect(match('GET', '/orgs/bad%E0%A4%A')?.pathParameters).toEqual({ orgId: 'bad%E0%A4%A' });
  });

  it('the method must match', () => {
    const match = createRouteMatcher([def('GET', '/me', 'getMe'), def('PATCH', '/me', 'updateMe')]);
    expect(match('GET', '/me')?.route.id).toBe('getMe');
    expect(match('PATCH', '/me')?.route.id).toBe('updateMe');
    expect(match('DELETE', '/me')).toBeUndefined();
    expect(match('POST', '/me')).toBeUndefined();
  });

  it('matches whole paths only', () => {
    const match = createRouteMatcher([def('GET', '/orgs/{orgId}'), def('GET', '/openapi.json')]);
    expect(match('GET', '/orgs')).toBeUndefined();
    expect(match('GET', '/orgs/')).toBeUndefined();
    expect(match('GET', '/orgs/o1/')).toBeUndefined();
    expect(match('GET', '/orgs/o1/extra')).toBeUndefined();
    expect(match('GET', '/v1/orgs/o1')).toBeUndefined();
    // the dot of a literal segment is not a wildcard
    expect(match('GET', '/openapi.json')?.route.path).toBe('/openapi.json');
    expect(match('GET', '/openapiXjson')).toBeUndefined();
  });

  it('a parameter never spans segments', () => {
    const match = createRouteMatcher([def('GET', '/orgs/{orgId}/workspaces')]);
    expect(match('GET', '/orgs/a/b/workspaces')).toBeUndefined();
    expect(match('GET', '/orgs/a/workspaces')?.pathParameters).toEqual({ orgId: 'a' });
  });

  it('finds every route of the real table by its own path', () => {
    const match = createRouteMatcher(routes);
    for (const route of routes) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name) => `value-of-${name}`);
      const found = match(route.method, path);
      expect(found?.route.id, `${route.method} ${route.path}`).toBe(route.id);
    }
  });
});
