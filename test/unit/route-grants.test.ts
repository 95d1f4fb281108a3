import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundFunctions, routes } from '../../infra/routes.ts';

/**
 * The access check reads the caller's membership and the org item in one BatchGetItem
 * (the org's status decides too: a scheduled deletion is a 404). A handler that
 * authorizes without that grant would work locally and be refused deployed.
 */
const ACCESS_CHECK = /\b(authorize|ownMembership|getOrgAndMember|getMemberAndOrg)\(/;

describe('route grants follow the access check', () => {
  const checked = [...routes, ...Object.values(backgroundFunctions)].filter((def) =>
    ACCESS_CHECK.test(readFileSync(def.handler, 'utf8')),
  );

  it('finds the handlers that authorize', () => {
    expect(checked.length).toBeGreaterThan(20);
  });

  for (const def of checked) {
    it(`${def.id} may BatchGetItem (membership and org in one read)`, () => {
      expect(def.tableActions).toContain('BatchGetItem');
    });
  }
});
