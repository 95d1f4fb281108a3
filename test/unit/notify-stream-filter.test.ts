/**
 * The notify event source mapping's filter (shared/notifications/stream-filter.ts) lets
 * through every record that detectNotifications turns into an email — checked on random
 * records of every item kind, status and change — and keeps out the writes that never email.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesFilters } from '../../infra/local/event-filter.ts';
import { detectNotifications } from '../../shared/notifications/detect.ts';
import { notifyRecordFilters } from '../../shared/notifications/stream-filter.ts';
import { streamRecord } from '../support/stream-records.ts';

/** The record as Lambda filters it (the local stream poller uses the same matcher). */
const delivered = (record: DynamoDBRecord) => passesFilters(notifyRecordFilters, record);

const emails = (record: DynamoDBRecord) => {
  try {
    return detectNotifications(record).length;
  } catch {
    return 1; // malformed: must reach the function to be reported
  }
};

const invitation = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('INVITATION#i1'),
  type: fc.constant('invitation'),
  id: fc.constant('i1'),
  orgId: fc.constant('o1'),
  email: fc.constant('grace@example.com'),
  role: fc.constant('developer'),
  invitedBy: fc.constant('u1'),
  expiresAt: fc.constant('2030-01-01T00:00:00.000Z'),
  status: fc.constantFrom('pending', 'accepted', 'declined', 'revoked', 'expired'),
  resendCount: fc.constantFrom(0, 1),
  lastSentAt: fc.constantFrom('2029-12-01T00:00:00.000Z', '2029-12-02T00:00:00.000Z'),
});
const member = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('MEMBER#USER#u2'),
  type: fc.constant('member'),
  orgId: fc.constant('o1'),
  userId: fc.constant('u2'),
  email: fc.constantFrom('ada@example.com', undefined),
  role: fc.constantFrom('admin', 'developer', 'owner', 'finance', 'member'),
  status: fc.constantFrom('active', 'blocked'),
});
const org = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('ORG'),
  type: fc.constant('org'),
  id: fc.constant('o1'),
  name: fc.constantFrom('Acme', 'Acme GmbH'),
  ownerId: fc.constantFrom('u1', 'u2'),
  mode: fc.constantFrom('sandbox', 'production'),
  paymentFailedAt: fc.constantFrom(undefined, '2030-01-01T00:00:00.000Z', '2030-02-01T00:00:00.000Z'),
  activeMemberCount: fc.integer({ min: 1, max: 3 }),
  deleteAt: fc.constantFrom(undefined, '2030-03-01T00:00:00.000Z'),
});
const apiKey = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('APIKEY#k1'),
  type: fc.constant('apiKey'),
  id: fc.constant('k1'),
  orgId: fc.constant('o1'),
  name: fc.constant('CI'),
  start: fc.constant('orgs_live_ab'),
  createdBy: fc.constant('u1'),
  mode: fc.constantFrom('sandbox', 'production'),
  status: fc.constantFrom('active', 'revoked'),
});
const webhookEndpoint = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('WEBHOOK#e1'),
  type: fc.constant('webhookEndpoint'),
  id: fc.constant('e1'),
  orgId: fc.constant('o1'),
  url: fc.constant('https://hooks.example.com/orgs'),
  createdBy: fc.constant('u1'),
  status: fc.constantFrom('enabled', 'disabled'),
  disabledReason: fc.constantFrom(undefined, 'failing', 'manual'),
});
const joinRequest = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('JOINREQ#jr1'),
  type: fc.constant('joinRequest'),
  id: fc.constant('jr1'),
  orgId: fc.constant('o1'),
  userId: fc.constant('u3'),
  email: fc.constant('lin@acme.com'),
  status: fc.constantFrom('pending', 'approved', 'denied'),
});
const domain = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('DOMAIN#d1'),
  type: fc.constant('domain'),
  id: fc.constant('d1'),
  orgId: fc.constant('o1'),
  domain: fc.constant('acme.com'),
  recordName: fc.constant('_orgs-challenge.acme.com'),
  updatedAt: fc.constant('2030-01-01T00:00:00.000Z'),
  missingSince: fc.constantFrom(undefined, '2029-12-28T00:00:00.000Z'),
  status: fc.constantFrom('pending', 'verified', 'unverified'),
});
const scimUser = fc.record({
  PK: fc.constant('ORG#o1'),
  SK: fc.constant('SCIMUSER#s1'),
  type: fc.constant('scimUser'),
  id: fc.constant('s1'),
  orgId: fc.constant('o1'),
  userName: fc.constant('ada@acme.com'),
  active: fc.boolean(),
  userId: fc.constantFrom(undefined, 'u4'),
  emailedAt: fc.constantFrom(undefined, '2030-01-01T00:00:00.000Z', '2030-01-02T00:00:00.000Z'),
});
const other = fc.record({
  PK: fc.constantFrom('ORG#o1', 'USER#u1', 'INVITEE#grace@example.com'),
  SK: fc.constantFrom('AUDIT#1', 'CLAIM#x', 'GUARD', 'PROFILE', 'IDEMPOTENCY#k'),
  type: fc.constantFrom('audit', 'emailClaim', 'guard', 'user', 'idempotency', undefined),
  status: fc.constantFrom('pending', 'active', undefined),
});

const change = <T>(item: fc.Arbitrary<T>) =>
  fc.record({
    eventName: fc.constantFrom('INSERT' as const, 'MODIFY' as const, 'REMOVE' as const),
    before: item,
    after: item,
    ttl: fc.boolean(),
  });

const recordOf = ({
  eventName,
  before,
  after,
  ttl,
}: {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  before: unknown;
  after: unknown;
  ttl: boolean;
}) =>
  streamRecord(
    eventName,
    {
      old: eventName === 'INSERT' ? undefined : (before as Record<string, unknown>),
      new: eventName === 'REMOVE' ? undefined : (after as Record<string, unknown>),
    },
    { ttl: ttl && eventName === 'REMOVE' },
  );

describe('notify stream filter', () => {
  it('stays within Lambda’s default of 5 filters per event source mapping', () => {
    expect(notifyRecordFilters.length).toBeGreaterThan(0);
    expect(notifyRecordFilters.length).toBeLessThanOrEqual(5);
    for (const pattern of notifyRecordFilters) expect(JSON.stringify(pattern).length).toBeLessThan(4096);
  });

  it('delivers every record that can notify (random invitations, members, orgs, API keys, webhook endpoints, join requests, domains, SCIM users)', () => {
    let notifying = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          change(invitation),
          change(member),
          change(org),
          change(apiKey),
          change(webhookEndpoint),
          change(joinRequest),
          change(domain),
          change(scimUser),
        ),
        (c) => {
          const record = recordOf(c);
          if (emails(record) === 0) return;
          notifying += 1;
          expect(delivered(record), JSON.stringify(c)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(notifying).toBeGreaterThan(100); // the property was exercised
  });

  it('keeps out audit entries, claims, guards, profiles and idempotency records', () => {
    fc.assert(
      fc.property(change(other), (c) => {
        const record = recordOf(c);
        expect(emails(record)).toBe(0);
        expect(delivered(record)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('matches like Lambda: every key present, a leaf equal to one of its values; no pattern = everything', () => {
    const pattern = { eventName: ['MODIFY'], dynamodb: { NewImage: { type: { S: ['org', 'member'] } } } };
    const record = (eventName: string, type?: string) => ({
      eventName,
      dynamodb: { NewImage: type ? { type: { S: type } } : {} },
    });
    expect(passesFilters([pattern], record('MODIFY', 'member'))).toBe(true);
    expect(passesFilters([pattern], record('MODIFY', 'audit'))).toBe(false);
    expect(passesFilters([pattern], record('INSERT', 'org'))).toBe(false);
    expect(passesFilters([pattern], record('MODIFY'))).toBe(false);
    expect(passesFilters([], record('INSERT'))).toBe(true);
    expect(() => passesFilters([{ n: [{ numeric: ['>', 1] }] as never }], { n: 2 })).toThrow(
      /only lists of strings/,
    );
  });

  it('keeps out invitation and member writes that cannot notify', () => {
    const accepted = { PK: 'ORG#o1', SK: 'INVITATION#i1', type: 'invitation', status: 'accepted' };
    expect(
      delivered(streamRecord('MODIFY', { old: accepted, new: { ...accepted, status: 'accepted' } })),
    ).toBe(false);
    const joined = { PK: 'ORG#o1', SK: 'MEMBER#USER#u2', type: 'member', status: 'active' };
    expect(delivered(streamRecord('INSERT', { new: joined }))).toBe(false);
    const created = { PK: 'ORG#o1', SK: 'ORG', type: 'org', id: 'o1' };
    expect(delivered(streamRecord('INSERT', { new: created }))).toBe(false);
  });
});
