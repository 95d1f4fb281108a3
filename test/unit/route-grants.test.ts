import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/http/routes.ts';

/**
 * `route()` checks a definition's permission by reading the caller's membership and the
 * org item in one BatchGetItem (the org's status decides too: a scheduled deletion is a 404).
 */
describe('route grants follow the access check', () => {
  const checked = routes.filter((route) => route.permission !== undefined);

  it('most org routes declare a permission', () => {
    expect(checked.length).toBeGreaterThan(40);
  });

  for (const route of checked) {
    it(`${route.id} may BatchGetItem (membership and org in one read)`, () => {
      expect(route.tableActions).toContain('BatchGetItem');
    });
  }
});
