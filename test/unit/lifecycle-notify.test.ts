import { describe, expect, it } from 'vitest';
import { detectNotifications } from '../../shared/notifications/detect.ts';
import { renderEmail } from '../../shared/platform/email/render.ts';
import { streamRecord } from '../support/stream-records.ts';

/** Which org item changes of the lifecycle mean an email, and to whom. */

const org = (extra: Record<string, unknown> = {}) => ({
  PK: 'ORG#org_1',
  SK: 'META',
  type: 'org',
  id: 'org_1',
  name: 'Acme',
  timeZone: 'Europe/Berlin',
  branding: { logoUrl: null },
  ownerId: 'user_owner',
  mode: 'sandbox',
  version: 3,
  ...extra,
});
const deleteAt = '2026-12-31T10:00:00.000Z';

describe('lifecycle notifications', () => {
  it('scheduling the deletion emails every active member, once per record', () => {
    const events = detectNotifications(
      streamRecord(
        'MODIFY',
        { old: org(), new: org({ deleteAt, status: 'deletion_scheduled' }) },
        { eventID: 'e1' },
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'orgDeletionScheduled',
        deleteAt,
        eventKey: 'e1#orgDeletionScheduled',
        recipients: [{ kind: 'roles', roles: ['owner', 'admin', 'developer', 'finance', 'member'] }],
      }),
    ]);
  });

  it('restoring emails the active members; other changes of a scheduled org send nothing', () => {
    const scheduled = org({ deleteAt });
    const restored = detectNotifications(streamRecord('MODIFY', { old: scheduled, new: org() }));
    expect(restored.map((event) => event.type)).toEqual(['orgRestored']);
    const purgeStarted = detectNotifications(
      streamRecord('MODIFY', { old: scheduled, new: { ...scheduled, purgeStartedAt: deleteAt } }),
    );
    expect(purgeStarted).toEqual([]);
  });

  it('the purge removing the org item emails its owner; other removals of it send nothing else', () => {
    const events = detectNotifications(streamRecord('REMOVE', { old: org({ deleteAt }) }));
    expect(events).toEqual([
      expect.objectContaining({ type: 'orgPurged', recipients: [{ kind: 'user', userId: 'user_owner' }] }),
    ]);
  });

  it('renders the deletion date in the org’s time zone and says it can be restored', () => {
    const email = renderEmail(
      { kind: 'orgDeletionScheduled', deleteAt },
      {
        org: { id: 'org_1', name: 'Acme', timeZone: 'Europe/Berlin', logoUrl: null },
        appUrl: 'https://app.test',
      },
    );
    expect(email.subject).toBe('Acme is scheduled for deletion');
    expect(email.text).toContain('11:00');
    expect(email.text).toContain('restore');
  });
});
