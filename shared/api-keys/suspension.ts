import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { NotificationEvent } from '../notifications/types.ts';
import { auditPut } from '../orgs/audit.ts';
import { db } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { liveKeysCreatedBy } from './api-keys.ts';

/** A ULID fixed by the event: a redelivered record writes the same audit entry, which then exists. */
function eventUlid(occurredAt: number, seed: string): string {
  const bytes = createHash('sha256').update(seed).digest();
  let i = 0;
  return ulid(occurredAt > 0 ? occurredAt : Date.now(), () => (bytes[i++ % bytes.length] as number) / 256);
}

async function auditOnce(put: ReturnType<typeof auditPut>) {
  await ifConditionHolds(db().send(new PutCommand(put.Put)));
}

/**
 * Suspension and restore are not writes to the keys (verification derives them from
 * the creator's membership); this records them: one audit entry per key of the member
 * that is neither revoked nor expired, and the key names for the email. A member
 * without such keys sends and records nothing. Other events pass unchanged.
 */
export async function withApiKeyFacts(event: NotificationEvent): Promise<NotificationEvent | undefined> {
  if (event.type !== 'apiKeysSuspended' && event.type !== 'apiKeysRestored') return event;
  const live = await liveKeysCreatedBy(event.orgId, event.member.userId);
  if (live.length === 0) return undefined;
  const action = event.type === 'apiKeysSuspended' ? 'api_key.suspended' : 'api_key.restored';
  for (const key of live) {
    await auditOnce(
      auditPut({
        id: eventUlid(event.occurredAt, `${event.eventKey}#${key.id}`),
        orgId: event.orgId,
        actorId: 'system',
        action,
        target: { type: 'apiKey', id: key.id },
        details: { name: key.name, mode: key.mode, creatorId: event.member.userId },
        at: new Date(event.occurredAt > 0 ? event.occurredAt : Date.now()).toISOString(),
      }),
    );
  }
  return event.type === 'apiKeysSuspended' ? { ...event, keyNames: live.map((key) => key.name) } : undefined;
}
