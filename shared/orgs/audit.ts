import { monotonicFactory } from 'ulid';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso, withoutKeys } from '../platform/dynamo/items.ts';
import { keys, prefixes } from '../platform/dynamo/keys.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';

const nextId = monotonicFactory();

export interface AuditTarget {
  type:
    | 'org'
    | 'member'
    | 'invitation'
    | 'workspace'
    | 'billing'
    | 'plan'
    | 'ownership'
    | 'apiKey'
    | 'webhookEndpoint'
    | 'role'
    | 'securityPolicy'
    | 'domain'
    | 'joinRequest'
    | 'scimToken'
    | 'scimUser'
    | 'scimGroup';
  id: string;
}

export interface AuditInput {
  orgId: string;
  actorId: string;
  action: string;
  target: AuditTarget;
  details?: Record<string, unknown>;
  at?: string;
  /** a ULID chosen by the writer, when a retried writer must write the same entry once */
  id?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  action: string;
  target: AuditTarget;
  details: Record<string, unknown>;
}

/** The audit entry as a transaction item, written in the same transaction as the change. */
export function auditPut(input: AuditInput) {
  const id = input.id ?? nextId();
  const entry: AuditEntry = {
    id,
    at: input.at ?? nowIso(),
    actorId: input.actorId,
    action: input.action,
    target: input.target,
    details: input.details ?? {},
  };
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.auditEntry(input.orgId, id), type: 'audit', orgId: input.orgId, ...entry },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** The audit entry of a member's action in their org: its org and actor are the member's. */
export const auditBy = (
  member: { orgId: string; userId: string },
  entry: Omit<AuditInput, 'orgId' | 'actorId'>,
) => auditPut({ orgId: member.orgId, actorId: member.userId, ...entry });

/** Newest first. `action` filters within each page, so a page may hold fewer than `limit` items. */
export async function listAudit(orgId: string, options: { limit: number; cursor?: string; action?: string }) {
  return queryPage(
    {
      key: inOrg(orgId, prefixes.audit),
      filter: options.action
        ? {
            expression: '#action = :action',
            names: { '#action': 'action' },
            values: { ':action': options.action },
          }
        : undefined,
      descending: true,
      limit: options.limit,
    },
    { scope: `audit:${orgId}:${options.action ?? ''}`, cursor: options.cursor },
    (item) => {
      const { type: _type, orgId: _org, ...entry } = withoutKeys(item);
      return entry as unknown as AuditEntry;
    },
  );
}
