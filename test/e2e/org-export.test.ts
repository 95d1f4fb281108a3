import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { seedMembers } from '../../bench/seed-members.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { api, newUser } from '../support/http.ts';
import { expectStatus, inviteOk } from '../support/members.ts';
import { createOrgFor, expectProblem, scheduleDeletion } from '../support/orgs.ts';

/** GET /orgs/{orgId}/export: complete, paged under Lambda's response limit, never card data or secrets. */

const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;

/** Audit entries written straight into the table (BatchWriteItem), shaped as `auditPut` writes them. */
async function seedAudit(orgId: string, count: number) {
  const at = new Date().toISOString();
  const puts = Array.from({ length: count }, (_, i) => {
    const id = `01SEED${String(i).padStart(20, '0')}`;
    return {
      PutRequest: {
        Item: {
          ...keys.auditEntry(orgId, id),
          type: 'audit',
          orgId,
          id,
          at,
          actorId: 'user_seed',
          action: 'workspace.renamed',
          target: { type: 'workspace', id: `ws_${i}` },
          details: { name: `Workspace number ${i}` },
        },
      },
    };
  });
  const batches: (typeof puts)[] = [];
  for (let start = 0; start < puts.length; start += 25) batches.push(puts.slice(start, start + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        let pending = batches[next++] ?? [];
        for (let attempt = 0; pending.length > 0; attempt++) {
          if (attempt > 6) throw new Error('BatchWriteItem kept leaving items unprocessed');
          const { UnprocessedItems } = await db().send(
            new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }),
          );
          pending = (UnprocessedItems?.[tableName()] ?? []) as typeof pending;
        }
      }
    }),
  );
}

describe('GET /orgs/{orgId}/export', () => {
  it('exports an org of 1,000 members and 10,000 audit entries completely, every page under 6 MB', async () => {
    const owner = await newUser({ name: 'Owner' });
    const org = await createOrgFor(owner, { name: 'Big Export', timeZone: 'UTC' });
    await seedMembers(org.id, 1000, org.id.slice(-8));
    await seedAudit(org.id, 10_000);
    expectStatus(
      await api('PUT', `/orgs/${org.id}/billing`, {
        token: owner.token,
        body: {
          customerName: 'Big Export GmbH',
          billingEmail: 'billing@big.example',
          address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
        },
      }),
      200,
    );
    const invitee = await newUser();
    const invitationId = await inviteOk(owner, org.id, invitee.email, 'developer');

    const counts: Record<string, number> = {};
    let cursor: string | null = null;
    let pages = 0;
    let bytes = 0;
    let largest = 0;
    let organization: unknown;
    const kinds = new Set<string>();
    do {
      const query: string = cursor ? `?limit=1000&cursor=${encodeURIComponent(cursor)}` : '?limit=1000';
      const page = await api('GET', `/orgs/${org.id}/export${query}`, { token: owner.token });
      expectStatus(page, 200);
      const size = Buffer.byteLength(JSON.stringify(page.body));
      bytes += size;
      largest = Math.max(largest, size);
      if (pages === 0) organization = page.body.organization;
      else expect(page.body.organization).toBeUndefined();
      for (const item of page.body.items) {
        counts[item.kind] = (counts[item.kind] ?? 0) + 1;
        kinds.add(item.kind);
      }
      // never card data or secrets, never internal items (the audit log names the Stripe customer, as its route does)
      const match = /paymentMethod|last4|"brand"|secret|GSI1PK|ownedCount/.exec(JSON.stringify(page.body));
      expect(match?.[0]).toBeUndefined();
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);

    expect(organization).toMatchObject({ id: org.id, name: 'Big Export' });
    expect(counts.member).toBe(1001);
    // 10,000 seeded + the creation, the billing change and the invitation
    expect(counts.audit).toBeGreaterThanOrEqual(10_003);
    expect(counts.workspace).toBe(1);
    expect(counts.invitation).toBe(1);
    expect(counts.billing).toBe(1);
    expect(largest).toBeLessThan(LAMBDA_RESPONSE_LIMIT / 4);
    // the measurement the route's documentation quotes
    console.info(
      `export of 1,001 members + 10,003 audit entries: ${pages} pages, ${bytes} bytes, largest ${largest}`,
    );
    expect(kinds).toEqual(new Set(['audit', 'billing', 'invitation', 'member', 'workspace']));
    expect(invitationId).toMatch(/^inv_/);
  }, 180_000);

  it('stays the owner’s during a scheduled deletion; a forged cursor is 400', async () => {
    const owner = await newUser({ name: 'Owner' });
    const org = await createOrgFor(owner);
    await scheduleDeletion(owner, org.id);
    const page = await api('GET', `/orgs/${org.id}/export`, { token: owner.token });
    expectStatus(page, 200);
    expect(page.body.organization).toMatchObject({ id: org.id, status: 'deletion_scheduled' });
    expectProblem(
      await api('GET', `/orgs/${org.id}/export?cursor=forged`, { token: owner.token }),
      400,
      'VALIDATION_FAILED',
    );
  });
});
