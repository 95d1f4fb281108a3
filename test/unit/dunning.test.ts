import { afterEach, describe, expect, it } from 'vitest';
import { billingStatusOf } from '../../shared/billing/dunning.ts';
import { setEnv } from '../support/env.ts';

const HOUR = 3_600_000;
const active = { activatedAt: '2026-12-01T00:00:00.000Z' };
const at = Date.parse('2026-12-10T00:00:00.000Z');

describe('billingStatus', () => {
  afterEach(() => {
    setEnv({ PAYMENT_GRACE_SECONDS: undefined });
  });

  it('none before activation, ok while paid', () => {
    expect(billingStatusOf({}, at)).toBe('none');
    expect(billingStatusOf({ ...active, subscriptionStatus: 'active' }, at)).toBe('ok');
  });

  it('past_due from the first failure until PAYMENT_GRACE_SECONDS have passed, then restricted', () => {
    setEnv({ PAYMENT_GRACE_SECONDS: '7200' });
    const failing = {
      ...active,
      subscriptionStatus: 'past_due',
      pastDueSince: new Date(at - HOUR).toISOString(),
    };
    expect(billingStatusOf(failing, at)).toBe('past_due');
    expect(billingStatusOf(failing, at + HOUR - 1)).toBe('past_due');
    expect(billingStatusOf(failing, at + HOUR)).toBe('restricted');
  });

  it('restricted at once when Stripe gives up (unpaid, canceled), past_due while incomplete', () => {
    expect(billingStatusOf({ ...active, subscriptionStatus: 'unpaid' }, at)).toBe('restricted');
    expect(billingStatusOf({ ...active, subscriptionStatus: 'canceled' }, at)).toBe('restricted');
    expect(billingStatusOf({ ...active, subscriptionStatus: 'incomplete' }, at)).toBe('past_due');
  });
});
