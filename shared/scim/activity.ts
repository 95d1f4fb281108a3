import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { logger } from '../platform/logger.ts';
import type { ScimPrincipal } from './tokens.ts';

/** At most one write per token per this long per function instance: a sync of 1,000 users is not 1,000 writes. */
const EVERY_MS = 60_000;
const lastNoted = new Map<string, number>();

/**
 * The token's last provisioning change (`lastActivityAt`, `lastActivity`: the audit action),
 * for the console: a plain update after the change committed, never in its transaction (the
 * identity provider's parallel requests would conflict on the token item). Best effort.
 */
export async function noteActivity(principal: ScimPrincipal, action: string): Promise<void> {
  const now = Date.now();
  if (now - (lastNoted.get(principal.tokenId) ?? 0) < EVERY_MS) return;
  lastNoted.set(principal.tokenId, now);
  if (lastNoted.size > 1_000) lastNoted.delete(lastNoted.keys().next().value as string);
  const at = nowIso();
  try {
    await ifConditionHolds(
      db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.scimToken(principal.orgId, principal.tokenId),
          UpdateExpression: 'SET lastActivityAt = :at, lastActivity = :action',
          ConditionExpression:
            'attribute_exists(PK) AND (attribute_not_exists(lastActivityAt) OR lastActivityAt < :at)',
          ExpressionAttributeValues: { ':at': at, ':action': action },
        }),
      ),
    );
  } catch (error) {
    logger.warn('the SCIM token’s last activity was not recorded', { tokenId: principal.tokenId, error });
  }
}
