import { describe, expect, it } from 'vitest';
import {
  detectNotifications,
  expiryEventKey,
  isTtlRemoval,
  MalformedRecordError,
} from '../../shared/notifications/detect.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { streamRecord } from '../support/stream-records.ts';

/**
 * Stream records as Lambda delivers them (NEW_AND_OLD_IMAGES), built by hand
 * from plain items with `marshall`.
 */
type Item = Record<string, unknown>;

const ORG = 'org_detect';

const invitation = (overrides: Item = {}): Item => ({
  ...keys.invitation(ORG, 'inv_1'),
  type: 'invitation',
  id: 'inv_1',
  orgId: ORG,
  email: 'bob@example.com',
  role: 'developer',
  status: 'pending',
  invitedBy: 'user_ada',
  inviterName: 'Ada',
  createdAt: '2026-11-15T10:00:00.000Z',
  expiresAt: '2026-11-22T10:00:00.000Z',
  lastSentAt: '2026-11-15T10:00:00.000Z',
  resendCount: 0,
  resendWindowStart: '2026-11-15T10:00:00.000Z',
  ttl: 1795341600,
  GSI2PK: 'PENDING_INVITATION',
  GSI2SK: `2026-11-22T10:00:00.000Z#${ORG}#inv_1`,
  ...overrides,
});

const member = (overrides: Item = {}): Item => ({
  ...keys.member(ORG, 'user_bob'),
  type: 'member',
  orgId: ORG,
  userId: 'user_bob',
  email: 'bob@example.com',
  name: 'Bob',
  role: 'developer',
  status: 'active',
  joinedAt: '2026-11-15T10:00:00.000Z',
  updatedAt: '2026-11-15T10:00:00.000Z',
  ...overrides,
});

const org = (overrides: Item = {}): Item => ({
  ...keys.org(ORG),
  type: 'org',
  id: ORG,
  name: 'Acme',
  timeZone: 'Asia/Tokyo',
  branding: { logoUrl: 'https://cdn.example.com/acme.png', bannerUrl: null, badgeUrl: null },
  mode: 'sandbox',
  planId: 'basic',
  memberLimit: 10,
  activeMemberCount: 3,
  ownerId: 'user_ada',
  version: 3,
  ...overrides,
});

describe('invitations', () => {
  it('INSERT of a pending invitation → "sent" to the invitee, keyed by the eventID', () => {
    const events = detectNotifications(streamRecord('INSERT', { new: invitation() }, { eventID: 'e-1' }));
    expect(events).toEqual([
      {
        type: 'invitationSent',
        resent: false,
        eventKey: 'e-1#invitationSent',
        orgId: ORG,
        invitation: {
          id: 'inv_1',
          orgId: ORG,
          email: 'bob@example.com',
          role: 'developer',
          invitedBy: 'user_ada',
          inviterName: 'Ada',
          expiresAt: '2026-11-22T10:00:00.000Z',
        },
        recipients: [{ kind: 'address', email: 'bob@example.com', name: null }],
      },
    ]);
  });

  it('a redelivered record (same eventID) has the same event key', () => {
    const first = detectNotifications(streamRecord('INSERT', { new: invitation() }, { eventID: 'same' }));
    const again = detectNotifications(streamRecord('INSERT', { new: invitation() }, { eventID: 'same' }));
    expect(again[0]?.eventKey).toBe(first[0]?.eventKey);
  });

  it('MODIFY that renews lastSentAt/resendCount of a pending invitation → "sent" again (resent)', () => {
    const renewed = invitation({
      lastSentAt: '2026-11-16T10:00:00.000Z',
      resendCount: 1,
      expiresAt: '2026-11-23T10:00:00.000Z',
    });
    const events = detectNotifications(streamRecord('MODIFY', { old: invitation(), new: renewed }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'invitationSent',
      resent: true,
      invitation: { expiresAt: '2026-11-23T10:00:00.000Z' },
      recipients: [{ kind: 'address', email: 'bob@example.com' }],
    });
    // lastSentAt alone (a resend after the daily window reset keeps resendCount at 1) also counts
    const sameCount = detectNotifications(
      streamRecord('MODIFY', {
        old: invitation({ resendCount: 1 }),
        new: invitation({ resendCount: 1, lastSentAt: '2026-11-17T10:00:00.000Z' }),
      }),
    );
    expect(sameCount.map((event) => event.type)).toEqual(['invitationSent']);
  });

  it('MODIFY of a pending invitation that changes nothing about sending → nothing', () => {
    expect(
      detectNotifications(streamRecord('MODIFY', { old: invitation(), new: invitation({ totalSends: 2 }) })),
    ).toEqual([]);
  });

  it('pending → revoked → "revoked" to the invitee', () => {
    const revoked = invitation({
      status: 'revoked',
      revokedBy: 'user_ada',
      ttl: undefined,
      GSI2PK: undefined,
    });
    const events = detectNotifications(
      streamRecord('MODIFY', { old: invitation(), new: revoked }, { eventID: 'e-rev' }),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'invitationRevoked',
        eventKey: 'e-rev#invitationRevoked',
        recipients: [{ kind: 'address', email: 'bob@example.com', name: null }],
      }),
    ]);
  });

  it('pending → accepted and pending → declined send nothing', () => {
    for (const status of ['accepted', 'declined']) {
      expect(
        detectNotifications(streamRecord('MODIFY', { old: invitation(), new: invitation({ status }) })),
      ).toEqual([]);
    }
  });

  it('the cleanup (pending → expired) and the TTL deletion both → "expired" to the INVITER, under ONE key', () => {
    const cleanup = detectNotifications(
      streamRecord(
        'MODIFY',
        { old: invitation(), new: invitation({ status: 'expired', ttl: undefined }) },
        { eventID: 'e-cleanup' },
      ),
    );
    const ttl = detectNotifications(
      streamRecord('REMOVE', { old: invitation() }, { eventID: 'e-ttl', ttl: true }),
    );
    expect(cleanup).toEqual([
      expect.objectContaining({
        type: 'invitationExpired',
        via: 'cleanup',
        recipients: [{ kind: 'user', userId: 'user_ada', activeMemberOnly: true }],
      }),
    ]);
    expect(ttl).toEqual([
      expect.objectContaining({
        type: 'invitationExpired',
        via: 'ttl',
        recipients: [{ kind: 'user', userId: 'user_ada', activeMemberOnly: true }],
      }),
    ]);
    expect(cleanup[0]?.eventKey).toBe(expiryEventKey('inv_1'));
    expect(ttl[0]?.eventKey).toBe(cleanup[0]?.eventKey);
  });

  it('REMOVE of an invitation: only a TTL deletion of a pending one counts', () => {
    expect(detectNotifications(streamRecord('REMOVE', { old: invitation() }))).toEqual([]);
    for (const status of ['accepted', 'revoked', 'expired', 'declined']) {
      expect(
        detectNotifications(streamRecord('REMOVE', { old: invitation({ status }) }, { ttl: true })),
      ).toEqual([]);
    }
  });

  it('invitee guards (TTL or not), lookups and other items are ignored', () => {
    const guard = {
      ...keys.inviteeGuard(ORG, 'bob@example.com'),
      type: 'invitee',
      orgId: ORG,
      invitationId: 'inv_1',
      email: 'bob@example.com',
      role: 'developer',
      expiresAt: '2026-11-22T10:00:00.000Z',
      ttl: 1795341600,
    };
    expect(detectNotifications(streamRecord('REMOVE', { old: guard }, { ttl: true }))).toEqual([]);
    expect(detectNotifications(streamRecord('REMOVE', { old: guard }))).toEqual([]);
    expect(detectNotifications(streamRecord('INSERT', { new: guard }))).toEqual([]);
    for (const item of [
      { ...keys.invitationLookup('inv_1'), type: 'invitationLookup', orgId: ORG, email: 'bob@example.com' },
      { ...keys.auditEntry(ORG, '01J'), type: 'audit', orgId: ORG, action: 'invitation.created' },
      { ...keys.user('user_bob'), type: 'user', id: 'user_bob', email: 'bob@example.com' },
      { ...keys.emailSent('e-1#invitationSent', 'bob@example.com'), type: 'emailSent' },
      { PK: 'X', SK: 'Y' },
    ]) {
      expect(detectNotifications(streamRecord('INSERT', { new: item }))).toEqual([]);
      expect(detectNotifications(streamRecord('REMOVE', { old: item }, { ttl: true }))).toEqual([]);
    }
  });

  it('an invitation record without what an email needs is malformed (reported, not silently dropped)', () => {
    expect(() =>
      detectNotifications(streamRecord('INSERT', { new: invitation({ email: undefined }) })),
    ).toThrow(MalformedRecordError);
  });
});

describe('members', () => {
  it('REMOVE of a member by a user → "removed" to that member', () => {
    const events = detectNotifications(streamRecord('REMOVE', { old: member() }, { eventID: 'e-rm' }));
    expect(events).toEqual([
      {
        type: 'memberRemoved',
        eventKey: 'e-rm#memberRemoved',
        orgId: ORG,
        member: { userId: 'user_bob', email: 'bob@example.com', name: 'Bob', orgId: ORG },
        recipients: [{ kind: 'address', email: 'bob@example.com', name: 'Bob', userId: 'user_bob' }],
      },
      // a developer's keys stop working with them (whether they have keys is looked up when sending)
      expect.objectContaining({ type: 'apiKeysSuspended', eventKey: 'e-rm#apiKeysSuspended' }),
    ]);
  });

  it('a member without a stored email is looked up by user id', () => {
    const events = detectNotifications(streamRecord('REMOVE', { old: member({ email: null }) }));
    expect(events[0]?.recipients).toEqual([{ kind: 'user', userId: 'user_bob' }]);
  });

  it('REMOVE of a member by TTL is not a removal', () => {
    expect(detectNotifications(streamRecord('REMOVE', { old: member() }, { ttl: true }))).toEqual([]);
  });

  it('active → blocked and blocked → active → "blocked" / "unblocked" to the member', () => {
    const blocked = detectNotifications(
      streamRecord('MODIFY', { old: member(), new: member({ status: 'blocked' }) }, { eventID: 'e-b' }),
    );
    const unblocked = detectNotifications(
      streamRecord('MODIFY', { old: member({ status: 'blocked' }), new: member() }, { eventID: 'e-u' }),
    );
    expect(blocked).toEqual([
      expect.objectContaining({ type: 'memberBlocked', eventKey: 'e-b#memberBlocked' }),
      expect.objectContaining({ type: 'apiKeysSuspended', eventKey: 'e-b#apiKeysSuspended' }),
    ]);
    expect(unblocked).toEqual([
      expect.objectContaining({ type: 'memberUnblocked', eventKey: 'e-u#memberUnblocked' }),
      expect.objectContaining({ type: 'apiKeysRestored', eventKey: 'e-u#apiKeysRestored' }),
    ]);
    expect(blocked[0]?.recipients).toEqual([
      { kind: 'address', email: 'bob@example.com', name: 'Bob', userId: 'user_bob' },
    ]);
  });

  it('INSERT (joined) and role changes, including admin → owner of a transfer, send nothing here', () => {
    expect(detectNotifications(streamRecord('INSERT', { new: member() }))).toEqual([]);
    expect(
      detectNotifications(streamRecord('MODIFY', { old: member(), new: member({ role: 'admin' }) })),
    ).toEqual([]);
    expect(
      detectNotifications(
        streamRecord('MODIFY', { old: member({ role: 'admin' }), new: member({ role: 'owner' }) }),
      ),
    ).toEqual([]);
    expect(
      detectNotifications(
        streamRecord('MODIFY', { old: member({ role: 'owner' }), new: member({ role: 'admin' }) }),
      ),
    ).toEqual([]);
  });
});

describe('API keys', () => {
  const types = (events: { type: string }[]) => events.map((event) => event.type);

  it('losing developer access suspends the keys (owner and admins are told); regaining it restores them', () => {
    const toMember = detectNotifications(
      streamRecord('MODIFY', { old: member(), new: member({ role: 'member' }) }, { eventID: 'e-r' }),
    );
    expect(toMember).toEqual([
      {
        type: 'apiKeysSuspended',
        eventKey: 'e-r#apiKeysSuspended',
        orgId: ORG,
        occurredAt: expect.any(Number),
        member: { userId: 'user_bob', email: 'bob@example.com', name: 'Bob', orgId: ORG },
        recipients: [{ kind: 'roles', roles: ['owner', 'admin'] }],
      },
    ]);
    expect(
      types(detectNotifications(streamRecord('MODIFY', { old: member({ role: 'finance' }), new: member() }))),
    ).toEqual(['apiKeysRestored']);
    expect(
      types(detectNotifications(streamRecord('MODIFY', { old: member(), new: member({ role: 'finance' }) }))),
    ).toEqual(['apiKeysSuspended']);
  });

  it('changes that keep or never had developer access say nothing about keys', () => {
    const same = [
      [member(), member({ role: 'admin' })],
      [member({ role: 'finance' }), member({ role: 'member' })],
      [member({ role: 'admin' }), member({ role: 'owner' })],
    ];
    for (const [old, now] of same)
      expect(detectNotifications(streamRecord('MODIFY', { old, new: now }))).toEqual([]);
    const financeBlocked = detectNotifications(
      streamRecord('MODIFY', {
        old: member({ role: 'finance' }),
        new: member({ role: 'finance', status: 'blocked' }),
      }),
    );
    expect(types(financeBlocked)).toEqual(['memberBlocked']);
  });

  it('a production key created → a notice to the owner; a sandbox key → nothing; the key item carries no secret', () => {
    const key = (mode: string) => ({
      ...keys.apiKey(ORG, 'key_1'),
      type: 'apiKey',
      id: 'key_1',
      orgId: ORG,
      name: 'deploys',
      mode,
      start: 'orgs_live_abcd',
      createdBy: 'user_bob',
      createdAt: '2026-11-22T10:00:00.000Z',
      expiresAt: null,
    });
    expect(
      detectNotifications(streamRecord('INSERT', { new: key('production') }, { eventID: 'e-k' })),
    ).toEqual([
      {
        type: 'liveApiKeyCreated',
        eventKey: 'e-k#liveApiKeyCreated',
        orgId: ORG,
        apiKey: { id: 'key_1', name: 'deploys', start: 'orgs_live_abcd', createdBy: 'user_bob' },
        recipients: [{ kind: 'roles', roles: ['owner'] }],
      },
    ]);
    expect(detectNotifications(streamRecord('INSERT', { new: key('sandbox') }))).toEqual([]);
    expect(
      detectNotifications(streamRecord('MODIFY', { old: key('production'), new: key('production') })),
    ).toEqual([]);
  });
});

describe('organizations', () => {
  it('ownerId change → ONE event for both the new and the previous owner', () => {
    const events = detectNotifications(
      streamRecord(
        'MODIFY',
        { old: org(), new: org({ ownerId: 'user_bob', version: 4 }) },
        { eventID: 'e-o' },
      ),
    );
    expect(events).toEqual([
      {
        type: 'ownershipTransferred',
        eventKey: 'e-o#ownershipTransferred',
        orgId: ORG,
        previousOwnerId: 'user_ada',
        newOwnerId: 'user_bob',
        org: { id: ORG, name: 'Acme', timeZone: 'Asia/Tokyo', logoUrl: 'https://cdn.example.com/acme.png' },
        recipients: [
          { kind: 'user', userId: 'user_bob' },
          { kind: 'user', userId: 'user_ada' },
        ],
      },
    ]);
  });

  it('mode sandbox → production → "activated" to the owner and finance', () => {
    const events = detectNotifications(
      streamRecord('MODIFY', { old: org(), new: org({ mode: 'production' }) }, { eventID: 'e-a' }),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'orgActivated',
        eventKey: 'e-a#orgActivated',
        recipients: [{ kind: 'ownerAndFinance', ownerId: 'user_ada' }],
      }),
    ]);
  });

  it('dunning steps by the stored facts: restricted (Stripe gave up) and restored, once each, to the owner and finance', () => {
    const live = { activatedAt: '2026-11-01T00:00:00.000Z', mode: 'production' };
    const pastDue = org({
      ...live,
      subscriptionStatus: 'past_due',
      pastDueSince: '2026-12-01T00:00:00.000Z',
    });
    const unpaid = org({ ...live, subscriptionStatus: 'unpaid', pastDueSince: '2026-12-01T00:00:00.000Z' });
    const types = (old: Item, next: Item) =>
      detectNotifications(streamRecord('MODIFY', { old, new: next })).map((event) => event.type);
    expect(detectNotifications(streamRecord('MODIFY', { old: pastDue, new: unpaid }))).toEqual([
      expect.objectContaining({
        type: 'paymentRestricted',
        recipients: [{ kind: 'ownerAndFinance', ownerId: 'user_ada' }],
      }),
    ]);
    expect(types(unpaid, org({ ...unpaid, version: 9 }))).toEqual([]);
    // the payment clears the failure first (still unpaid at Stripe), then Stripe's status follows
    const paidNotSynced = org({ ...live, subscriptionStatus: 'unpaid' });
    expect(types(unpaid, paidNotSynced)).toEqual([]);
    expect(types(paidNotSynced, org({ ...live, subscriptionStatus: 'active' }))).toEqual(['paymentRestored']);
    expect(types(pastDue, org({ ...live, subscriptionStatus: 'active' }))).toEqual(['paymentRestored']);
    // a monthly payment of an org in good standing is no restoration
    const ok = org({ ...live, subscriptionStatus: 'active' });
    expect(types(ok, org({ ...ok, paymentRecoveredAt: '2026-12-02T00:00:00.000Z' }))).toEqual([]);
    // an org being deleted ends its subscription on purpose
    const deleting = { deleteAt: '2027-01-01T00:00:00.000Z' };
    expect(
      types(org({ ...ok, ...deleting }), org({ ...ok, ...deleting, subscriptionStatus: 'canceled' })),
    ).toEqual([]);
  });

  it('paymentFailedAt appearing or changing → "payment failed" to the owner and finance; unchanged → nothing', () => {
    const appeared = detectNotifications(
      streamRecord('MODIFY', { old: org(), new: org({ paymentFailedAt: '2026-12-01T00:00:00.000Z' }) }),
    );
    expect(appeared).toEqual([
      expect.objectContaining({
        type: 'paymentFailed',
        failedAt: '2026-12-01T00:00:00.000Z',
        recipients: [{ kind: 'ownerAndFinance', ownerId: 'user_ada' }],
      }),
    ]);
    const changed = detectNotifications(
      streamRecord('MODIFY', {
        old: org({ paymentFailedAt: '2026-12-01T00:00:00.000Z' }),
        new: org({ paymentFailedAt: '2027-01-01T00:00:00.000Z' }),
      }),
    );
    expect(changed.map((event) => event.type)).toEqual(['paymentFailed']);
    const unchanged = detectNotifications(
      streamRecord('MODIFY', {
        old: org({ paymentFailedAt: '2026-12-01T00:00:00.000Z' }),
        new: org({ paymentFailedAt: '2026-12-01T00:00:00.000Z', version: 9 }),
      }),
    );
    expect(unchanged).toEqual([]);
    // cleared (payment fixed): nothing
    expect(
      detectNotifications(
        streamRecord('MODIFY', { old: org({ paymentFailedAt: '2026-12-01T00:00:00.000Z' }), new: org() }),
      ),
    ).toEqual([]);
  });

  it('several changes in one record → one event each, with distinct keys', () => {
    const events = detectNotifications(
      streamRecord(
        'MODIFY',
        { old: org(), new: org({ mode: 'production', paymentFailedAt: '2026-12-01T00:00:00.000Z' }) },
        { eventID: 'e-x' },
      ),
    );
    expect(events.map((event) => event.eventKey)).toEqual(['e-x#orgActivated', 'e-x#paymentFailed']);
  });

  it('settings changes, creation and production → sandbox send nothing', () => {
    expect(detectNotifications(streamRecord('INSERT', { new: org() }))).toEqual([]);
    expect(
      detectNotifications(streamRecord('MODIFY', { old: org(), new: org({ name: 'Acme 2', version: 4 }) })),
    ).toEqual([]);
    expect(
      detectNotifications(streamRecord('MODIFY', { old: org({ mode: 'production' }), new: org() })),
    ).toEqual([]);
  });
});

describe('isTtlRemoval', () => {
  it('is true only for REMOVE by the DynamoDB service principal', () => {
    expect(isTtlRemoval(streamRecord('REMOVE', { old: invitation() }, { ttl: true }))).toBe(true);
    expect(isTtlRemoval(streamRecord('REMOVE', { old: invitation() }))).toBe(false);
    expect(
      isTtlRemoval({
        ...streamRecord('REMOVE', { old: invitation() }),
        userIdentity: { type: 'Service', principalId: 'someone.amazonaws.com' },
      }),
    ).toBe(false);
    expect(
      isTtlRemoval(streamRecord('MODIFY', { old: invitation(), new: invitation() }, { ttl: true })),
    ).toBe(false);
  });
});

describe('a provisioned SCIM user is told once', () => {
  const scimUser = (extra: Record<string, unknown> = {}) => ({
    PK: 'ORG#o1',
    SK: 'SCIMUSER#u1',
    type: 'scimUser',
    id: 'u1',
    orgId: 'o1',
    userName: 'ada@example.com',
    active: true,
    version: 1,
    ...extra,
  });
  const at = '2030-01-01T00:00:00.000Z';

  it('when emailedAt appears (just created active, or first activated), keyed by the user', () => {
    const created = detectNotifications(
      streamRecord('MODIFY', { old: scimUser(), new: scimUser({ emailedAt: at }) }),
    );
    expect(created).toMatchObject([
      {
        type: 'memberProvisioned',
        email: 'ada@example.com',
        eventKey: 'scimUser#o1#u1#provisioned',
        recipients: [{ kind: 'address', email: 'ada@example.com' }],
      },
    ]);
    const activated = detectNotifications(
      streamRecord('MODIFY', {
        old: scimUser({ active: false }),
        new: scimUser({ emailedAt: at, version: 2 }),
      }),
    );
    expect(activated.map((event) => event.eventKey)).toEqual(['scimUser#o1#u1#provisioned']);
  });

  it('never on a later PATCH or PUT, a deactivation, the binding at sign-in, a removal, or created inactive', () => {
    const old = scimUser({ emailedAt: at });
    for (const next of [
      scimUser({ emailedAt: at, givenName: 'Ada', version: 2 }),
      scimUser({ emailedAt: at, active: false, version: 2 }),
      scimUser({ emailedAt: at, userId: 'usr_1', version: 2 }),
    ])
      expect(detectNotifications(streamRecord('MODIFY', { old, new: next }))).toEqual([]);
    expect(detectNotifications(streamRecord('REMOVE', { old }))).toEqual([]);
    expect(detectNotifications(streamRecord('INSERT', { new: scimUser({ active: false }) }))).toEqual([]);
    expect(detectNotifications(streamRecord('INSERT', { new: scimUser() }))).toEqual([]);
  });
});
