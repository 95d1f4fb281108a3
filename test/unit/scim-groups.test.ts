import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../shared/scim/domain/filter.ts';
import {
  applyGroupPatch,
  assertGroupFilterable,
  displayNameLookup,
  excludesMembers,
  matchesGroup,
  parseGroupBody,
  type ScimGroupInput,
  type ScimGroupRecord,
} from '../../shared/scim/domain/group.ts';
import { roleOfGroups } from '../../shared/scim/domain/group-role.ts';
import { ScimError } from '../../shared/scim/errors.ts';

const group: ScimGroupInput = { displayName: 'Engineering', externalId: null, members: ['u1', 'u2'] };

const scimType = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScimError);
    return (error as ScimError).scimType;
  }
  throw new Error('expected a ScimError');
};

describe('SCIM group bodies and PatchOps', () => {
  it('a POST body: displayName required, members as value objects or ids, deduplicated', () => {
    expect(
      parseGroupBody({ displayName: ' admin ', members: [{ value: 'u1' }, 'u1', { value: 'u2' }] }),
    ).toEqual({
      displayName: 'admin',
      externalId: null,
      members: ['u1', 'u2'],
    });
    expect(scimType(() => parseGroupBody({ members: [] }))).toBe('invalidValue');
    expect(scimType(() => parseGroupBody({ displayName: 'x', members: [{ display: 'no value' }] }))).toBe(
      'invalidValue',
    );
  });

  it("Okta's shapes: remove by value path, replace displayName in a value object with the id", () => {
    const removed = applyGroupPatch(group, {
      Operations: [{ op: 'remove', path: 'members[value eq "u1"]' }],
    });
    expect(removed.members).toEqual(['u2']);
    const renamed = applyGroupPatch(group, {
      Operations: [{ op: 'replace', value: { id: 'grp_1', displayName: 'Admin' } }],
    });
    expect(renamed).toMatchObject({ displayName: 'Admin', members: ['u1', 'u2'] });
    const added = applyGroupPatch(group, {
      Operations: [{ op: 'add', path: 'members', value: [{ value: 'u3', display: 'c@example.com' }] }],
    });
    expect(added.members).toEqual(['u1', 'u2', 'u3']);
  });

  it("Entra's shapes: Add/Remove members with a value list, Replace displayName by path", () => {
    const next = applyGroupPatch(group, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Add', path: 'members', value: [{ value: 'u3' }, { value: 'u1' }] },
        { op: 'Remove', path: 'members', value: [{ value: 'u2' }] },
        { op: 'Replace', path: 'displayName', value: 'developer' },
      ],
    });
    expect(next).toEqual({ displayName: 'developer', externalId: null, members: ['u1', 'u3'] });
    expect(applyGroupPatch(group, { Operations: [{ op: 'remove', path: 'members' }] }).members).toEqual([]);
    expect(
      applyGroupPatch(group, { Operations: [{ op: 'replace', path: 'members', value: [{ value: 'u9' }] }] })
        .members,
    ).toEqual(['u9']);
  });

  it('refuses what it cannot do', () => {
    expect(scimType(() => applyGroupPatch(group, { Operations: [] }))).toBe('invalidSyntax');
    expect(scimType(() => applyGroupPatch(group, { Operations: [{ op: 'move', path: 'members' }] }))).toBe(
      'invalidSyntax',
    );
    expect(
      scimType(() => applyGroupPatch(group, { Operations: [{ op: 'remove', path: 'displayName' }] })),
    ).toBe('mutability');
    expect(
      scimType(() =>
        applyGroupPatch(group, { Operations: [{ op: 'remove', path: 'members[display co "a"]' }] }),
      ),
    ).toBe('invalidPath');
    expect(
      scimType(() => applyGroupPatch(group, { Operations: [{ op: 'add', path: 'owners', value: 'x' }] })),
    ).toBe('invalidPath');
  });
});

describe('SCIM group filters', () => {
  const record: ScimGroupRecord = {
    ...group,
    id: 'grp_1',
    orgId: 'org_1',
    externalId: 'ext-1',
    version: 1,
    created: '2026-01-01T00:00:00.000Z',
    lastModified: '2026-01-01T00:00:00.000Z',
  };
  it('displayName eq (any case) is read by name; externalId and id evaluated', () => {
    const byName = parseFilter('displayName eq "ENGINEERING"');
    expect(displayNameLookup(byName)).toBe('ENGINEERING');
    expect(matchesGroup(byName, record)).toBe(true);
    expect(matchesGroup(parseFilter('externalId eq "ext-1" and id eq "grp_2"'), record)).toBe(false);
    expect(displayNameLookup(parseFilter('displayName eq "a" or id eq "b"'))).toBeUndefined();
    expect(() => assertGroupFilterable(parseFilter('id eq "x" or members eq "u1"'))).toThrow();
  });
  it('excludedAttributes=members', () => {
    expect(excludesMembers('members')).toBe(true);
    expect(excludesMembers('externalId, urn:ietf:params:scim:schemas:core:2.0:Group:members')).toBe(true);
    expect(excludesMembers(undefined)).toBe(false);
  });
});

describe('the role groups give', () => {
  const counts: Record<string, number> = { admin: 20, developer: 8, finance: 6, member: 2, auditor: 8 };
  const facts = {
    exists: (role: string) => role in counts,
    permissionCount: (role: string) => counts[role] ?? 0,
  };
  it('the most permissions wins; ties by built-in order, then custom key; owner never; none: undefined', () => {
    expect(roleOfGroups(['Engineering', 'Developer', 'ADMIN'], facts)).toBe('admin');
    expect(roleOfGroups(['auditor', 'developer'], facts)).toBe('developer');
    expect(roleOfGroups(['finance', 'member'], facts)).toBe('finance');
    expect(roleOfGroups(['owner', 'member'], { ...facts, exists: () => true })).toBe('member');
    expect(roleOfGroups(['Engineering'], facts)).toBeUndefined();
  });
});
