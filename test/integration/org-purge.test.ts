import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { table } from '../../infra/table.ts';
import { detachAllPaymentMethods } from '../../shared/billing/detach-cards.ts';
import { restoreOrg } from '../../shared/lifecycle/lifecycle.ts';
import { purgeOrg } from '../../shared/lifecycle/purge.ts';
import { getTombstone } from '../../shared/lifecycle/tombstones.ts';
import type { MemberRecord } from '../../shared/members/domain/membership.ts';
import type { OrgRecord } from '../../shared/orgs/domain/org.ts';
import { getOrgLimit } from '../../shared/orgs/org-limit.ts';
import { getOrg } from '../../shared/orgs/orgs.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys, orgDeletionPartitions, orgPk } from '../../shared/platform/dynamo/keys.ts';
import { api, newUser } from '../support/http.ts';
import { waitForEmails } from '../support/mailbox.ts';
import { expectStatus, inviteAndAccept, inviteOk, mapLimit } from '../support/members.ts';
import {
  createOrgFor,
  expectProblem,
  scheduleDeletion,
  seedMember,
  setMemberLimit,
} from '../support/orgs.ts';
import { stripeSdk } from '../support/stripe.ts';
import { setAttributes } from '../support/table.ts';
import { until } from '../support/wait.ts';

/**
 * The purge after the grace period, on DynamoDB Local and the Stripe emulator:
 * nothing of the org is left under any key it used, its creator may create again,
 * a tombstone stays; an interrupted purge finishes when run again.
 */

const billingDetails = {
  customerName: 'Doomed GmbH',
  billingEmail: 'billing@doomed.example',
  address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
};

const query = async (input: {
  index?: string;
  pk: string;
  pkName?: string;
  skName?: string;
  prefix?: string;
}) => {
  const pkName = input.pkName ?? 'PK';
  const skName = input.skName ?? 'SK';
  const { Items = [] } = await db().send(
    new QueryCommand({
      TableName: tableName(),
      ...(input.index ? { IndexName: input.index } : {}),
      KeyConditionExpression: input.prefix
        ? `${pkName} = :pk AND begins_with(${skName}, :prefix)`
        : `${pkName} = :pk`,
      ExpressionAttributeValues: { ':pk': input.pk, ...(input.prefix ? { ':prefix': input.prefix } : {}) },
    }),
  );
  return Items;
};
const get = async (key: { PK: string; SK: string }) =>
  (await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;

const afterGrace = (deleteAt: string) => new Date(Date.parse(deleteAt) + 1000);

describe('purge after the grace period', () => {
  it('leaves no item under any key the org used, detaches the cards, keeps a tombstone, frees the limit', async () => {
    const owner = await newUser({ name: 'Owner' });
    const org = await createOrgFor(owner, { name: 'Purged Inc', timeZone: 'UTC' });
    const members = [
      await inviteAndAccept(owner, org.id, 'admin'),
      await inviteAndAccept(owner, org.id, 'finance'),
    ];
    const invitee = await newUser();
    const pendingId = await inviteOk(owner, org.id, invitee.email, 'member');
    expectStatus(
      await api('POST', `/orgs/${org.id}/workspaces`, { token: owner.token, body: { name: 'Prod' } }),
      201,
    );
    expectStatus(
      await api('PUT', `/orgs/${org.id}/billing`, { token: owner.token, body: billingDetails }),
      200,
    );
    const intent = await api('POST', `/orgs/${org.id}/billing/setup-intent`, { token: owner.token });
    expectStatus(intent, 201);
    const confirmed = await fetch(
      `${inject('stack').stripeUrl}/__emulator/setup_intents/${intent.body.setupIntentId}/confirm`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"card":"4242424242424242"}',
      },
    );
    expect(confirmed.status).toBe(200);
    const billing = await get(keys.billing(org.id));
    const customerId = billing?.customerId as string;
    expect(customerId).toMatch(/^cus_/);
    const stripe = stripeSdk();
    expect((await stripe.customers.listPaymentMethods(customerId)).data).toHaveLength(1);
    expectProblem(
      await api('POST', '/orgs', { token: owner.token, body: { name: 'Second', timeZone: 'UTC' } }),
      409,
      'ORG_LIMIT_REACHED',
    );

    const deleteAt = await scheduleDeletion(owner, org.id);
    expect(await purgeOrg(org.id, { now: new Date() })).toEqual({ orgId: org.id, outcome: 'not_due' });
    const purged = await purgeOrg(org.id, {
      now: afterGrace(deleteAt),
      detachPaymentMethods: detachAllPaymentMethods,
    });
    expect(purged).toMatchObject({ orgId: org.id, outcome: 'purged', detachedPaymentMethods: 1 });

    // the partition, and every index key the org's items carried
    expect(await query({ pk: orgPk(org.id) })).toEqual([]);
    for (const user of [owner, ...members]) {
      const memberships = await query({
        index: table.indexes.byGsi1.name,
        pkName: 'GSI1PK',
        skName: 'GSI1SK',
        pk: `USER#${user.userId}`,
        prefix: `ORG#${org.id}`,
      });
      expect(memberships).toEqual([]);
    }
    const invitationsByEmail = await query({
      index: table.indexes.byGsi1.name,
      pkName: 'GSI1PK',
      skName: 'GSI1SK',
      pk: `EMAIL#${invitee.email}`,
      prefix: `INVITE#${org.id}`,
    });
    expect(invitationsByEmail).toEqual([]);
    for (const partition of orgDeletionPartitions()) {
      const due = await query({
        index: table.indexes.byDue.name,
        pkName: 'GSI2PK',
        skName: 'GSI2SK',
        pk: partition,
      });
      expect(due.filter((item) => item.id === org.id)).toEqual([]);
    }
    // what the org owned outside its partition
    expect(await get(keys.invitationLookup(pendingId))).toBeUndefined();
    for (const member of members)
      expect(await get(keys.invitationLookup(member.invitationId))).toBeUndefined();
    expect(await get(keys.stripeCustomer(customerId))).toBeUndefined();
    expect(await get(keys.org(org.id))).toBeUndefined();
    expect((await stripe.customers.listPaymentMethods(customerId)).data).toEqual([]);

    expect(await getTombstone(org.id)).toEqual({
      id: org.id,
      deletedAt: afterGrace(deleteAt).toISOString(),
      by: owner.userId,
    });
    expect(await getOrgLimit(owner.userId)).toMatchObject({ ownedCount: 0, orgLimit: 1 });
    expectProblem(await api('GET', `/orgs/${org.id}`, { token: owner.token }), 404, 'NOT_FOUND');
    expectStatus(
      await api('POST', '/orgs', { token: owner.token, body: { name: 'Second', timeZone: 'UTC' } }),
      201,
    );
    await waitForEmails(owner.email, 1, { subject: /Purged Inc was deleted/ });

    expect(await purgeOrg(org.id, { now: afterGrace(deleteAt) })).toEqual({
      orgId: org.id,
      outcome: 'already_purged',
    });
    // a customer deleted in Stripe meanwhile has no card left: the purge does not stall on it
    expect(await detachAllPaymentMethods('cus_deleted_in_stripe')).toBe(0);
  });

  it('an interrupted purge refuses restore and finishes when run again', async () => {
    const owner = await newUser({ name: 'Owner' });
    const org = await createOrgFor(owner);
    await setMemberLimit(org.id, 1000);
    // more than one Query page (100 items) of the org's partition
    const seeded = await Promise.all(Array.from({ length: 120 }, () => newUser({ register: false })));
    await mapLimit(seeded, 8, (user) => seedMember(org.id, user, 'member'));
    const deleteAt = await scheduleDeletion(owner, org.id);
    const later = afterGrace(deleteAt);

    const first = await purgeOrg(org.id, { now: later, maxPages: 1 });
    expect(first).toMatchObject({ outcome: 'in_progress', deletedItems: expect.any(Number) });
    const left = await query({ pk: orgPk(org.id) });
    expect(left.length).toBeGreaterThan(1);
    // the purge began: nothing restores it any more, even while the real clock is inside the grace period
    // (the owner's own membership may already be gone: they get 404; an operator gets 409)
    const restore = await api('POST', `/orgs/${org.id}/restore`, { token: owner.token });
    expect([404, 409]).toContain(restore.status);
    const stored = (await getOrg(org.id)) as OrgRecord;
    expect(stored.purgeStartedAt).toBe(later.toISOString());
    const ownerRecord = { orgId: org.id, userId: owner.userId } as MemberRecord;
    await expect(restoreOrg(ownerRecord, stored, 'operator:test')).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    const second = await purgeOrg(org.id, { now: later });
    expect(second).toMatchObject({ outcome: 'purged' });
    expect(await query({ pk: orgPk(org.id) })).toEqual([]);
    expect(await getTombstone(org.id)).toMatchObject({ id: org.id, by: owner.userId });
    expect(await getOrgLimit(owner.userId)).toMatchObject({ ownedCount: 0 });
  });

  it('the scheduled cleanup purges an org once its deleteAt has passed', async () => {
    const owner = await newUser({ name: 'Owner' });
    const org = await createOrgFor(owner);
    await scheduleDeletion(owner, org.id);
    // arranging: the grace period ends now (the deployed default is 30 days)
    const past = new Date(Date.now() - 1000).toISOString();
    await setAttributes(keys.org(org.id), {
      deleteAt: past,
      GSI2SK: keys.orgDeletionDue(past, org.id).GSI2SK,
    });
    await until(
      () => getTombstone(org.id),
      (tombstone) => tombstone !== undefined,
      'the cleanup’s purge',
      20_000,
    );
    expect(await query({ pk: orgPk(org.id) })).toEqual([]);
    expectStatus(
      await api('POST', '/orgs', { token: owner.token, body: { name: 'Again', timeZone: 'UTC' } }),
      201,
    );
  });
});
