import { describe, expect, it } from 'vitest';
import { recheckOutcome } from '../../shared/domains/domain/domain.ts';
import { challengeName, emailDomain, normalizeDomain } from '../../shared/domains/domain/domain-name.ts';
import { detectNotifications } from '../../shared/notifications/detect.ts';
import { detectWebhookEvents } from '../../shared/webhooks/events.ts';
import { streamRecord } from '../support/stream-records.ts';

const problemOf = (input: string) => {
  const result = normalizeDomain(input);
  return 'problem' in result ? result.problem.kind : undefined;
};

describe('domain names', () => {
  it('stores lower case without a trailing dot, IDNs as A-labels', () => {
    expect(normalizeDomain(' Acme.COM. ')).toEqual({ domain: 'acme.com' });
    expect(normalizeDomain('bücher.de')).toEqual({ domain: 'xn--bcher-kva.de' });
    expect(normalizeDomain('xn--bcher-kva.de')).toEqual({ domain: 'xn--bcher-kva.de' });
    expect(normalizeDomain('ＡＣＭＥ.com')).toEqual({ domain: 'acme.com' });
    expect(normalizeDomain('eu.acme.co.uk')).toEqual({ domain: 'eu.acme.co.uk' });
  });

  it('refuses public suffixes and free-mail providers from maintained lists; reserved names pass', () => {
    for (const refused of [
      'com',
      'co.uk',
      'github.io',
      'localhost',
      'gmail.com',
      'outlook.com',
      'yahoo.co.uk',
      'proton.me',
    ]) {
      expect(problemOf(refused), refused).toBe('notAllowed');
    }
    for (const allowed of ['example.com', 'acme.test', 'me.github.io', 'mail.acme.com']) {
      expect(problemOf(allowed), allowed).toBeUndefined();
    }
  });

  it('refuses what is not a host name', () => {
    for (const invalid of [
      '',
      'a b.com',
      'a@b.com',
      'https://acme.com',
      '-acme.com',
      'acme-.com',
      'a..b',
      '10.0.0.1',
      `${'a'.repeat(64)}.com`,
      'acme_1.com',
    ]) {
      expect(problemOf(invalid), invalid).toBe('invalid');
    }
  });

  it('an email’s domain is the claimable one (none for free mail or nonsense)', () => {
    expect(emailDomain('grace@Acme.com')).toBe('acme.com');
    expect(emailDomain('grace@gmail.com')).toBeUndefined();
    expect(emailDomain('no-at-sign')).toBeUndefined();
    expect(emailDomain(null)).toBeUndefined();
    expect(challengeName('acme.com')).toBe('_orgs-challenge.acme.com');
  });
});

describe('the daily re-check', () => {
  const now = new Date('2030-01-10T00:00:00.000Z');
  const day = 24 * 3600;
  it('found clears; missing remembers since when; 3 days missing unverifies', () => {
    expect(recheckOutcome({}, true, now, 3 * day)).toEqual({ kind: 'found' });
    expect(recheckOutcome({ missingSince: '2030-01-01T00:00:00.000Z' }, true, now, 3 * day)).toEqual({
      kind: 'found',
    });
    expect(recheckOutcome({}, false, now, 3 * day)).toEqual({
      kind: 'missing',
      missingSince: now.toISOString(),
    });
    expect(recheckOutcome({ missingSince: '2030-01-08T00:00:01.000Z' }, false, now, 3 * day)).toMatchObject({
      kind: 'missing',
    });
    expect(recheckOutcome({ missingSince: '2030-01-07T00:00:00.000Z' }, false, now, 3 * day)).toEqual({
      kind: 'unverify',
      missingSince: '2030-01-07T00:00:00.000Z',
    });
  });
});

describe('domain stream records', () => {
  const domainItem = (status: string) => ({
    PK: 'ORG#o1',
    SK: 'DOMAIN#d1',
    type: 'domain',
    id: 'd1',
    orgId: 'o1',
    domain: 'acme.com',
    status,
    enrollment: 'none',
    role: 'member',
    recordName: '_orgs-challenge.acme.com',
    recordValue: 'orgs-verification=x',
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-05T00:00:00.000Z',
    missingSince: '2030-01-01T00:00:00.000Z',
  });
  it('verified → unverified emails owner and admins and sends domain.unverified; pending → verified sends domain.verified', () => {
    const unverified = streamRecord('MODIFY', { old: domainItem('verified'), new: domainItem('unverified') });
    expect(detectNotifications(unverified)).toEqual([
      expect.objectContaining({
        type: 'domainUnverified',
        domain: 'acme.com',
        missingSince: '2030-01-01T00:00:00.000Z',
        recipients: [{ kind: 'roles', roles: ['owner', 'admin'] }],
      }),
    ]);
    expect(detectWebhookEvents(unverified).map((event) => [event.type, event.orgId])).toEqual([
      ['domain.unverified', 'o1'],
    ]);
    const verified = streamRecord('MODIFY', { old: domainItem('pending'), new: domainItem('verified') });
    expect(detectNotifications(verified)).toEqual([]);
    expect(detectWebhookEvents(verified).map((event) => event.type)).toEqual(['domain.verified']);
    expect(
      detectWebhookEvents(
        streamRecord('MODIFY', { old: domainItem('verified'), new: domainItem('verified') }),
      ),
    ).toEqual([]);
  });
});
