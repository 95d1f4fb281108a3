import { type InvitationRecord, toInvitationResponse } from '../invitations/domain/invitation.ts';
import { type MemberRecord, toMemberResponse } from '../members/domain/membership.ts';
import { type OrgRecord, toOrgResponse } from '../orgs/domain/org.ts';
import { withoutKeys } from '../platform/dynamo/items.ts';
import { inOrg, queryPage } from '../platform/dynamo/query.ts';
import { toWorkspaceResponse, type WorkspaceRecord } from '../workspaces/workspaces.ts';

type Item = Record<string, unknown>;

/**
 * How each kind of item of the org's partition appears in an export, by its `type`.
 * A kind not listed is left out, so a new item kind never leaks into exports (key
 * hashes, secrets, guards) until someone decides what of it to show here.
 */
const exporters: Record<string, (item: Item) => { kind: string; data: unknown }> = {
  member: (item) => ({ kind: 'member', data: toMemberResponse(item as unknown as MemberRecord) }),
  invitation: (item) => ({
    kind: 'invitation',
    data: toInvitationResponse(item as unknown as InvitationRecord),
  }),
  workspace: (item) => ({ kind: 'workspace', data: toWorkspaceResponse(item as unknown as WorkspaceRecord) }),
  audit: (item) => {
    const { type: _type, orgId: _org, ...entry } = item;
    return { kind: 'audit', data: entry };
  },
  // the details the owner entered; never the card (brand, last four) or Stripe secrets
  billing: (item) => ({
    kind: 'billing',
    data: {
      customerName: item.customerName,
      billingEmail: item.billingEmail,
      address: item.address,
      updatedAt: item.updatedAt,
    },
  }),
};

/**
 * One page of the organization's export: the org itself on the first page, then
 * every exportable item of its partition in key order. A page is one Query, and
 * DynamoDB returns at most 1 MB per Query, so a page stays far below Lambda's 6 MB
 * response limit whatever the org's size; the cursor is encrypted like every list's.
 */
export async function exportPage(org: OrgRecord, options: { limit: number; cursor?: string }) {
  const page = await queryPage(
    { key: inOrg(org.id), consistentRead: true, limit: options.limit },
    { scope: `export:${org.id}`, cursor: options.cursor },
  );
  const items = page.items.flatMap((raw) => {
    const item = withoutKeys(raw);
    const exporter = exporters[String(item.type)];
    return exporter ? [exporter(item)] : [];
  });
  return {
    exportedAt: new Date().toISOString(),
    // a cursor is the rest of an export: the first page has none
    ...(options.cursor !== undefined ? {} : { organization: toOrgResponse(org) }),
    items,
    nextCursor: page.nextCursor,
  };
}
