import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  can,
  canManageMember,
  type Permission,
  type Role,
  roles,
} from '../../shared/members/domain/permissions.ts';
import {
  type OnboardingFacts,
  onboardingOf,
  onboardingStepIds,
} from '../../shared/orgs/domain/onboarding.ts';
import { canonicalTimeZone } from '../../shared/orgs/domain/time-zones.ts';
import { onboardingSteps } from '../support/onboarding.ts';

/** The contract's "Roles and permissions" table, row by row: owner, admin, developer, finance, member. */
const contractTable: Record<Permission, [boolean, boolean, boolean, boolean, boolean]> = {
  // read organization, members, workspaces
  'org:read': [true, true, true, true, true],
  // update settings and branding; manage workspaces
  'org:update': [true, true, false, false, false],
  // invite, revoke, resend; change roles; block, unblock, remove members
  'members:manage': [true, true, false, false, false],
  // read and manage billing, plan, payment method
  'billing:manage': [true, false, false, true, false],
  // developer features (API keys, integrations)
  'developer:use': [true, true, true, false, false],
  // API keys: revoke and roll any key (a developer only their own)
  'apiKeys:manageAll': [true, true, false, false, false],
  // read the audit log
  'audit:read': [true, true, false, false, false],
  // transfer ownership, delete the organization
  'org:transfer': [true, false, false, false, false],
  // (the same row) delete, restore and export the organization
  'org:delete': [true, false, false, false, false],
  // domains (and the other access settings)
  'access:manage': [true, true, false, false, false],
};

describe('can()', () => {
  it('lists the roles in the contract order', () => {
    expect([...roles]).toEqual(['owner', 'admin', 'developer', 'finance', 'member']);
  });

  for (const [permission, row] of Object.entries(contractTable) as [Permission, boolean[]][]) {
    it(`${permission} matches the contract table`, () => {
      const actual = roles.map((role) => can(role, permission));
      expect(actual).toEqual(row);
    });
  }

  it('exactly one role may transfer ownership: the owner', () => {
    expect(roles.filter((role) => can(role, 'org:transfer'))).toEqual(['owner']);
  });

  it('canManageMember: owner and admin manage everyone but the owner; nobody else manages anyone', () => {
    for (const actor of roles) {
      for (const target of roles) {
        const expected = (actor === 'owner' || actor === 'admin') && target !== 'owner';
        expect(canManageMember(actor as Role, target as Role), `${actor} → ${target}`).toBe(expected);
      }
    }
  });
});

describe('onboardingOf', () => {
  const fact = fc.option(
    fc.oneof(
      fc
        .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) })
        .map((ms) => new Date(ms).toISOString()),
      fc.constant(''), // an empty timestamp is not a done step
    ),
    { nil: undefined },
  );
  const facts: fc.Arbitrary<OnboardingFacts> = fc.record(
    {
      planSelectedAt: fact,
      settingsConfirmedAt: fact,
      billingDetailsAt: fact,
      paymentMethodAt: fact,
      paymentFailure: fc.option(
        fc.record({ reason: fc.string(), at: fc.constant('2026-01-01T00:00:00.000Z') }),
      ),
    },
    { requiredKeys: [] },
  );

  it('status is active iff all steps are done; pending_payment iff only payment is missing', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const result = onboardingOf(input);
        expect(result.steps.map((step) => step.id)).toEqual([...onboardingStepIds]);
        const done = {
          plan: Boolean(input.planSelectedAt),
          settings: Boolean(input.settingsConfirmedAt),
          billing: Boolean(input.billingDetailsAt),
          payment: Boolean(input.paymentMethodAt),
        };
        expect(Object.fromEntries(result.steps.map((step) => [step.id, step.done]))).toEqual(done);
        const allDone = Object.values(done).every(Boolean);
        expect(result.status === 'active').toBe(allDone);
        expect(result.status === 'pending_payment').toBe(
          done.plan && done.settings && done.billing && !done.payment,
        );
        expect(result.status === 'sandbox').toBe(!(done.plan && done.settings && done.billing));
        expect(result.paymentFailure).toEqual(input.paymentFailure ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it('a new org is in sandbox with nothing done', () => {
    expect(onboardingOf({})).toEqual({
      status: 'sandbox',
      steps: onboardingSteps(),
      paymentFailure: null,
    });
  });

  it('payment alone does not activate', () => {
    expect(onboardingOf({ paymentMethodAt: '2026-01-01T00:00:00.000Z' }).status).toBe('sandbox');
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['europe/berlin', 'Europe/Berlin'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
  ])('accepts %s as %s', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it.each([
    'Mars/Base',
    '',
    ' ',
    'Europe/Berlin ',
    ' Europe/Berlin',
    '+05:30',
    'Europe/../UTC',
    '../../etc/passwd',
    'Europe//Berlin',
    'A/B/C/D',
    'Europe/Berlin\u0000',
    `Europe/${'x'.repeat(64)}`,
    'Not a zone',
  ])('refuses %j', (input) => {
    expect(canonicalTimeZone(input)).toBeUndefined();
  });

  it('accepts every zone the runtime lists, unchanged', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(canonicalTimeZone(zone), zone).toBe(zone);
  });

  it('for any string: undefined, or a zone the runtime accepts that differs from the input only by case', () => {
    const candidates = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .constantFrom(...Intl.supportedValuesOf('timeZone'))
        .chain((zone) =>
          fc
            .array(fc.boolean(), { minLength: zone.length, maxLength: zone.length })
            .map((upper) => [...zone].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('')),
        ),
    );
    fc.assert(
      fc.property(candidates, (input) => {
        const zone = canonicalTimeZone(input);
        if (zone === undefined) return;
        expect(zone.toLowerCase()).toBe(input.toLowerCase());
        expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
        expect(canonicalTimeZone(zone)).toBe(zone);
      }),
      { numRuns: 500 },
    );
  });
});
