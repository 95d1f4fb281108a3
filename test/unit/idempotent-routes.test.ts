import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
});

import { projectRoot } from '../../infra/local/handler-loader.ts';
import { routes } from '../../infra/routes.ts';

describe('Idempotency-Key: the route table and the handlers agree', () => {
  it('every route flagged idempotent in infra/routes.ts has a handler declared idempotent, and no other', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const module = await import(path.join(projectRoot, route.handler));
      const declared = (module.handler as { idempotent?: boolean }).idempotent === true;
      if (declared !== (route.idempotent === true)) mismatches.push(`${route.id}: handler says ${declared}`);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('every POST that changes state is idempotent (the Stripe webhook applies each event once by its id)', () => {
    const missing = routes
      .filter((route) => route.method === 'POST' && route.id !== 'receiveStripeEvent' && !route.idempotent)
      .map((route) => route.id);
    expect(missing).toEqual([]);
  });
});
