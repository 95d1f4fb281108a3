import { describe, expect, it } from 'vitest';
import { parseApiKey } from '../../shared/api-keys/domain/format.ts';
import { parseFilter, UnsupportedFilter } from '../../shared/scim/domain/filter.ts';
import { generateScimToken, isScimToken } from '../../shared/scim/domain/token-format.ts';
import {
  activeOf,
  applyPatch,
  assertFilterable,
  ifMatchVersion,
  lookupsOf,
  parseUserBody,
  type ScimUserInput,
} from '../../shared/scim/domain/user.ts';
import { ScimError } from '../../shared/scim/errors.ts';

const base: ScimUserInput = {
  userName: 'ada@example.com',
  externalId: null,
  givenName: 'Ada',
  familyName: 'Lovelace',
  displayName: null,
  active: true,
};

describe('SCIM token format', () => {
  it('checksummed, distinct from API keys', () => {
    const { token, start } = generateScimToken();
    expect(token).toMatch(/^orgs_scim_[0-9A-Za-z]{39}$/);
    expect(token.startsWith(start)).toBe(true);
    expect(isScimToken(token)).toBe(true);
    expect(isScimToken(`${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`)).toBe(false);
    expect(parseApiKey(token)).toBeUndefined();
    expect(isScimToken('orgs_test_abc')).toBe(false);
  });
});

describe('SCIM filters', () => {
  it('eq, and, or, parentheses; names and operators in any case', () => {
    expect(parseFilter('userName eq "a@b.co"')).toEqual({ op: 'eq', attr: 'userName', value: 'a@b.co' });
    const filter = parseFilter('USERNAME EQ "a@b.co" Or (externalId eq "x\\"y" and active eq true)');
    expect(filter).toEqual({
      op: 'or',
      left: { op: 'eq', attr: 'USERNAME', value: 'a@b.co' },
      right: {
        op: 'and',
        left: { op: 'eq', attr: 'externalId', value: 'x"y' },
        right: { op: 'eq', attr: 'active', value: true },
      },
    });
    expect(lookupsOf(filter)).toEqual([
      { by: 'userName', value: 'a@b.co' },
      { by: 'externalId', value: 'x"y' },
    ]);
    expect(lookupsOf(parseFilter('active eq true'))).toBe('all');
    expect(lookupsOf(parseFilter('emails.value eq "A@B.co" and active eq false'))).toEqual([
      { by: 'userName', value: 'a@b.co' },
    ]);
  });

  it('anything else is unsupported', () => {
    for (const text of [
      'userName co "a"',
      'userName sw "a"',
      'not (userName eq "a")',
      'userName pr',
      'userName eq',
      'userName eq "a" and',
      '(userName eq "a"',
      'emails[type eq "work"].value eq "a"',
      'userName eq "unterminated',
    ]) {
      expect(() => parseFilter(text), text).toThrow(UnsupportedFilter);
    }
    expect(() => assertFilterable(parseFilter('title eq "x"'))).toThrow(UnsupportedFilter);
  });
});

describe('SCIM PATCH in Okta and Entra shapes', () => {
  it('Okta: replace with a value object', () => {
    expect(applyPatch(base, { Operations: [{ op: 'replace', value: { active: false } }] }).active).toBe(
      false,
    );
  });

  it('Entra: op names capitalized, paths, "False" strings, paths it does not keep ignored', () => {
    const next = applyPatch(base, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', path: 'name.givenName', value: 'Augusta' },
        { op: 'Replace', path: 'urn:ietf:params:scim:schemas:core:2.0:User:displayName', value: 'A. L.' },
        { op: 'Add', path: 'emails[type eq "work"].value', value: 'other@example.com' },
        { op: 'Remove', path: 'name.familyName' },
        { op: 'add', value: { 'name.familyName': 'King', externalId: 'e-1' } },
      ],
    });
    expect(next).toEqual({
      ...base,
      active: false,
      givenName: 'Augusta',
      familyName: 'King',
      displayName: 'A. L.',
      externalId: 'e-1',
    });
  });

  it('refuses what it cannot apply', () => {
    expect(() => applyPatch(base, { Operations: [] })).toThrow(ScimError);
    expect(() => applyPatch(base, { Operations: [{ op: 'move', path: 'active', value: true }] })).toThrow(
      ScimError,
    );
    expect(() => applyPatch(base, { Operations: [{ op: 'remove', path: 'active' }] })).toThrow(
      /mutability|cannot/,
    );
    expect(() =>
      applyPatch(base, { Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] }),
    ).toThrow(ScimError);
  });

  it('bodies, active strings and If-Match', () => {
    expect(parseUserBody({ userName: ' Ada@Example.com ', active: 'True' })).toMatchObject({
      userName: 'ada@example.com',
      active: true,
    });
    expect(() => parseUserBody({ userName: 'not-an-email' })).toThrow(ScimError);
    expect(activeOf('false')).toBe(false);
    expect(ifMatchVersion('W/"3"')).toBe(3);
    expect(ifMatchVersion('"3"')).toBe(3);
    expect(ifMatchVersion('*')).toBeUndefined();
    expect(() => ifMatchVersion('3')).toThrow(ScimError);
  });
});
