import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyScopeFor } from '../../shared/api-keys/api-keys.ts';
import { LOCAL_APP_PERMISSIONS } from '../../shared/members/domain/app-permissions.ts';
import { permissionsOf, roleAttribute } from '../../shared/members/domain/custom-roles.ts';
import type { MemberRecord } from '../../shared/members/domain/membership.ts';
import {
  builtInPermissions,
  grantablePermissions,
  grantsNothingMore,
  isBuiltInRole,
  mayAssign,
  mayManage,
  roles,
} from '../../shared/members/domain/permissions.ts';
import { setEnv } from '../support/env.ts';

/**
 * No escalation, for random actors, roles and grants: whoever gives a custom role, a role
 * to a member or a key scope never hands out a permission they lack. The one exception is
 * the contract's: the owner and built-in admins keep giving any built-in role but owner.
 */
const apps = LOCAL_APP_PERMISSIONS;
const grantable = grantablePermissions(apps);
const permissionSet = fc.subarray(grantable);
const customKey = fc.constantFrom('support', 'auditor', 'ops', 'viewer');

/** A role: built-in, or a custom one with random permissions (defined on a fake org item). */
const role = fc.oneof(
  fc.constantFrom(...roles).map((key) => ({ key, permissions: builtInPermissions(key, apps) })),
  fc.record({ key: customKey, permissions: permissionSet }),
);

const orgWith = (...defined: { key: string; permissions: string[] }[]) =>
  Object.fromEntries(
    defined
      .filter((entry) => !isBuiltInRole(entry.key))
      .map((entry) => [
        roleAttribute(entry.key),
        {
          name: entry.key,
          description: null,
          permissions: entry.permissions,
          createdAt: 'x',
          updatedAt: 'x',
        },
      ]),
  );

const holds = (entry: { key: string; permissions: string[] }) => ({
  role: entry.key,
  permissions: new Set(entry.permissions),
});

const builtInException = (actor: string, given: string) =>
  (actor === 'owner' || actor === 'admin') && isBuiltInRole(given) && given !== 'owner';

describe('no escalation (property)', () => {
  // the server resolves roles with the deployment's application permissions
  const before = process.env.APP_PERMISSIONS;
  beforeAll(() => setEnv({ APP_PERMISSIONS: JSON.stringify(apps) }));
  afterAll(() => setEnv({ APP_PERMISSIONS: before }));

  it('giving a role (role change or invitation): never a permission the giver lacks, but for the built-in rule', () => {
    fc.assert(
      fc.property(role, role, fc.constantFrom('members:manage', 'members:invite'), (actor, given, via) => {
        const allowed = mayAssign(holds(actor), given.key, given.permissions, via as never);
        if (!allowed) return;
        expect(given.key).not.toBe('owner');
        expect(actor.permissions).toContain(via);
        if (!builtInException(actor.key, given.key)) {
          expect(given.permissions.every((permission) => actor.permissions.includes(permission))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a custom role defined or edited holds only what its author holds', () => {
    fc.assert(
      fc.property(role, permissionSet, (author, wanted) => {
        const accepted = grantsNothingMore(wanted, new Set(author.permissions));
        expect(accepted).toBe(wanted.every((permission) => author.permissions.includes(permission)));
      }),
    );
  });

  it('managing a member: never the owner; a custom-role manager only members holding nothing more', () => {
    fc.assert(
      fc.property(role, role, (actor, target) => {
        if (!mayManage(holds(actor), { role: target.key, permissions: target.permissions })) return;
        expect(target.key).not.toBe('owner');
        expect(actor.permissions).toContain('members:manage');
        if (actor.key !== 'owner' && actor.key !== 'admin') {
          expect(target.permissions.every((permission) => actor.permissions.includes(permission))).toBe(true);
        }
      }),
    );
  });

  it('a key scope is within its creator’s permissions, asked or by default; never an owner action', () => {
    fc.assert(
      fc.property(role, fc.option(permissionSet, { nil: undefined }), (creator, asked) => {
        const org = orgWith(creator);
        const member = { role: creator.key, orgId: 'o', userId: 'u' } as MemberRecord;
        const held = permissionsOf(creator.key, org, apps);
        let scope: string[];
        try {
          scope = keyScopeFor(member, org, asked);
        } catch (error) {
          // refused: only when something asked is not held
          expect((error as { code?: string }).code).toBe('FORBIDDEN');
          expect(asked?.some((permission) => !held.includes(permission))).toBe(true);
          return;
        }
        expect(scope.every((permission) => held.includes(permission))).toBe(true);
        expect(scope).not.toContain('org:transfer');
        expect(scope).not.toContain('org:delete');
        if (asked) expect(new Set(scope)).toEqual(new Set(asked));
      }),
      { numRuns: 500 },
    );
  });
});
