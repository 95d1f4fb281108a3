import type { RouteDefinition } from '../../shared/platform/http/route-definition.ts';

export interface RouteMatch {
  route: RouteDefinition;
  pathParameters: Record<string, string>;
}

interface CompiledRoute {
  route: RouteDefinition;
  pattern: RegExp;
  names: string[];
}

/** Matches method + path against the route table, preferring literal segments (as API Gateway does). */
export function createRouteMatcher(routes: readonly RouteDefinition[]) {
  const compiled: CompiledRoute[] = routes
    .map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((segment) => {
          const param = /^\{(\w+)\}$/.exec(segment);
          if (!param?.[1]) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(param[1]);
          return '([^/]+)';
        })
        .join('/');
      return { route, pattern: new RegExp(`^${source}$`), names };
    })
    .sort((a, b) => a.names.length - b.names.length);

  return (method: string, path: string): RouteMatch | undefined => {
    for (const { route, pattern, names } of compiled) {
      if (route.method !== method) continue;
      const match = pattern.exec(path);
      if (!match) continue;
      const pathParameters: Record<string, string> = {};
      names.forEach((name, index) => {
        pathParameters[name] = safeDecode(match[index + 1] ?? '');
      });
      return { route, pathParameters };
    }
    return undefined;
  };
}

function safeDecode(value: string) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
