import { table } from '../../infra/table.ts';
import { permissionsOf } from '../members/domain/custom-roles.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { withoutKeys } from '../platform/dynamo/items.ts';
import { keys, userPk } from '../platform/dynamo/keys.ts';
import { queryPage } from '../platform/dynamo/query.ts';

/**
 * The caller's memberships (from the user → org index) with each org's name and what the
 * role holds there: two round trips (a custom role's permissions are on the org item).
 */
export async function listMyOrgs(userId: string, options: { limit: number; cursor?: string }) {
  const { items: members, nextCursor } = await queryPage(
    {
      key: {
        index: table.indexes.byGsi1.name,
        expression: 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)',
        values: { ':pk': userPk(userId), ':prefix': 'ORG#' },
      },
      limit: options.limit,
    },
    { scope: `my-orgs:${userId}`, cursor: options.cursor },
    (item) => withoutKeys(item) as unknown as MemberRecord,
  );
  const names = new Map<string, string>();
  const scheduled = new Set<string>();
  const orgItems = new Map<string, Record<string, unknown>>();
  // the whole org item: its custom roles are attributes of their own
  const orgs = await batchGetAll(members.map((member) => keys.org(member.orgId)));
  for (const org of orgs) {
    names.set(org.id as string, org.name as string);
    orgItems.set(org.id as string, org);
    if (org.deleteAt) scheduled.add(org.id as string);
  }
  return {
    // an org whose deletion is scheduled is gone for its members; its owner still sees it (to restore it)
    items: members
      .filter((member) => member.role === 'owner' || !scheduled.has(member.orgId))
      .map((member) => ({
        id: member.orgId,
        orgId: member.orgId,
        name: names.get(member.orgId) ?? null,
        role: member.role,
        permissions: member.status === 'active' ? permissionsOf(member.role, orgItems.get(member.orgId)) : [],
        status: member.status,
        joinedAt: member.joinedAt,
      })),
    nextCursor,
  };
}
