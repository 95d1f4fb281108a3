import { describe, expect, it } from 'vitest';
import { detectWebhookEvents } from '../../shared/webhooks/events.ts';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, retryDelayMs } from '../../shared/webhooks/schedule.ts';
import { activeSecrets, newWebhookSecret, signatureHeaders } from '../../shared/webhooks/signing.ts';
import { isPublicAddress } from '../../shared/webhooks/target-guard.ts';
import { streamRecord } from '../support/stream-records.ts';

const invitation = (status: string) => ({
  PK: 'ORG#o1',
  SK: 'INVITE#i1',
  type: 'invitation',
  id: 'i1',
  orgId: 'o1',
  email: 'a@example.com',
  role: 'member',
  status,
  invitedBy: 'u1',
  createdAt: '2026-11-22T10:00:00.000Z',
  expiresAt: '2026-11-29T10:00:00.000Z',
  resendCount: 0,
  keyHash: 'never shown',
});

describe('webhook events from stream records', () => {
  it('give a redelivered record the same event id, another record another id', () => {
    const record = streamRecord('MODIFY', { old: invitation('pending'), new: invitation('accepted') });
    const [first] = detectWebhookEvents(record);
    const [again] = detectWebhookEvents(structuredClone(record));
    const [other] = detectWebhookEvents(
      streamRecord('MODIFY', { old: invitation('pending'), new: invitation('accepted') }),
    );
    expect(first?.type).toBe('invitation.accepted');
    expect(again?.id).toBe(first?.id);
    expect(other?.id).not.toBe(first?.id);
    expect(JSON.stringify(first?.data)).not.toContain('never shown');
  });

  it('give an expiry one id whether the cleanup or the TTL deletion reports it', () => {
    const [byCleanup] = detectWebhookEvents(
      streamRecord('MODIFY', { old: invitation('pending'), new: invitation('expired') }),
    );
    const [byTtl] = detectWebhookEvents(
      streamRecord('REMOVE', { old: invitation('pending') }, { ttl: true }),
    );
    expect(byCleanup?.type).toBe('invitation.expired');
    expect(byTtl).toMatchObject({
      type: 'invitation.expired',
      id: byCleanup?.id,
      data: { status: 'expired' },
    });
  });

  it('ignore items that are not events (deliveries, secrets, audit entries)', () => {
    for (const type of ['webhookDelivery', 'webhookSecret', 'audit']) {
      expect(
        detectWebhookEvents(streamRecord('INSERT', { new: { PK: 'ORG#o1', SK: `X#${type}`, type } })),
      ).toEqual([]);
    }
  });
});

describe('retry schedule', () => {
  it('grows as the contract says, with ±20 % jitter, scaled, then stops', () => {
    expect(MAX_ATTEMPTS).toBe(RETRY_DELAYS_MS.length + 1);
    for (const [index, base] of RETRY_DELAYS_MS.entries()) {
      expect(retryDelayMs(index + 1, () => 0, 1)).toBe(Math.round(base * 0.8));
      expect(retryDelayMs(index + 1, () => 1, 1)).toBe(Math.round(base * 1.2));
    }
    expect(retryDelayMs(2, () => 0.5, 0.001)).toBe(300);
    expect(retryDelayMs(MAX_ATTEMPTS, () => 0.5, 1)).toBeUndefined();
  });
});

describe('target addresses', () => {
  it('are public only when global unicast', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'fd00::1',
      'fe80::1',
      '224.0.0.1',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });
});

describe('signing secrets', () => {
  it('are whsec_ + base64 of 32 bytes; the previous one signs only during its overlap', () => {
    const secret = newWebhookSecret();
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    const previous = newWebhookSecret();
    const now = new Date('2026-12-01T12:00:00.000Z');
    expect(
      activeSecrets({ current: secret, previous, previousExpiresAt: '2026-12-01T12:00:01.000Z' }, now),
    ).toEqual([secret, previous]);
    expect(
      activeSecrets({ current: secret, previous, previousExpiresAt: '2026-12-01T11:59:59.000Z' }, now),
    ).toEqual([secret]);
    const headers = signatureHeaders([secret, previous], 'evt_1', '{}', now);
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(headers['webhook-timestamp']).toBe(String(now.getTime() / 1000));
  });
});
