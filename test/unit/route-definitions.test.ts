import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { routes } from '../../functions/http/routes.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';

describe('route definitions: each handler is built from its own', () => {
  it('the module a definition names calls route() with that definition', () => {
    const camel = (area: string) => area.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const mismatches = routes
      .filter((route) => {
        const source = readFileSync(path.join(projectRoot, route.handler), 'utf8');
        return !new RegExp(`route\\(\\s*${camel(route.area)}Routes\\.${route.id}\\s*,`).test(source);
      })
      .map((route) => `${route.id} (${route.handler})`);
    expect(mismatches).toEqual([]);
  });

  it('an idempotent route may read and store its idempotency records (GetItem, PutItem)', () => {
    const missing = routes
      .filter((route) => route.idempotent)
      .filter((route) => !route.tableActions.includes('GetItem') || !route.tableActions.includes('PutItem'))
      .map((route) => route.id);
    expect(missing).toEqual([]);
  });

  it('every POST that changes state is idempotent (the Stripe webhook applies each event once by its id)', () => {
    const missing = routes
      .filter(
        (route) =>
          route.method === 'POST' &&
          !['receiveStripeEvent', 'createOrgSession'].includes(route.id) &&
          !route.idempotent,
      )
      .map((route) => route.id);
    expect(missing).toEqual([]);
  });
});
