import { actorStillAllowed, mfaRequired } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { actorRoleUnchanged, withOrgPart } from '../members/role-holders.ts';
import { auditBy } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { type Conditioned, transactWrite } from '../platform/dynamo/transact.ts';
import { notFound } from '../platform/errors.ts';
import type { Caller } from '../platform/http/auth.ts';
import { type SecurityPolicy, satisfiesMfa, securityPolicyOf } from './domain/security-policy.ts';

/**
 * Sets the policy. Turning `requireMfa` on needs the caller's own token to satisfy it
 * (nobody locks themself out): else 403 MFA_REQUIRED and nothing changes.
 */
export async function putSecurityPolicy(
  actor: MemberRecord,
  org: object,
  caller: Caller,
  input: { requireMfa: boolean; allowedInviteDomains: string[] },
): Promise<SecurityPolicy> {
  if (input.requireMfa && !satisfiesMfa(caller.amr)) throw mfaRequired();
  const policy: SecurityPolicy = { ...input, updatedAt: nowIso() };
  const put: Conditioned = {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.org(actor.orgId),
        UpdateExpression: 'SET securityPolicy = :policy',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(deleteAt)',
        ExpressionAttributeValues: { ':policy': policy },
      },
    },
    onConditionFailed: () => notFound('Organization'),
  };
  const before = securityPolicyOf(org);
  await transactWrite(
    withOrgPart(
      [
        actorStillAllowed(actor),
        put,
        auditBy(actor, {
          action: 'security_policy.updated',
          target: { type: 'securityPolicy', id: actor.orgId },
          details: {
            from: { requireMfa: before.requireMfa, allowedInviteDomains: before.allowedInviteDomains },
            to: input,
          },
          at: policy.updatedAt ?? undefined,
        }),
      ],
      actor.orgId,
      actorRoleUnchanged(actor, org),
    ),
  );
  return policy;
}
