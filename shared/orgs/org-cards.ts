import { batchGetAll } from '../platform/dynamo/batch-get.ts';
import { keys } from '../platform/dynamo/keys.ts';

/** What someone outside an organization may see of it on an invitation: its name and logo. */
export interface OrgCard {
  name: string;
  logoUrl: string | null;
}

/** Name and logo of each organization, in one BatchGetItem (100 ids at most: one page). */
export async function orgCards(orgIds: readonly string[]): Promise<Map<string, OrgCard>> {
  const cards = new Map<string, OrgCard>();
  const orgs = await batchGetAll(
    [...new Set(orgIds)].map((orgId) => keys.org(orgId)),
    { projection: 'id, #name, branding', names: { '#name': 'name' } },
  );
  for (const org of orgs) {
    const branding = org.branding as { logoUrl?: string | null } | undefined;
    cards.set(org.id as string, { name: org.name as string, logoUrl: branding?.logoUrl ?? null });
  }
  return cards;
}
