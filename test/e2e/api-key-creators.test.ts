import { describe, expect, inject, it } from 'vitest';
import { createKeyOk, expectKeyRefused, getKey, whoAmI } from '../support/api-keys.ts';
import { api, type TestUser } from '../support/http.ts';
import { emailsTo, waitForEmails } from '../support/mailbox.ts';
import { inviteAndAccept, newOrg, walk } from '../support/members.ts';
import { until } from '../support/wait.ts';

/**
 * A key works only while its creator is an active member whose role has developer
 * features: every change to the creator flips their keys on the very next call.
 */

const memberPath = (orgId: string, userId: string) => `/orgs/${orgId}/members/${userId}`;
const ok = async (response: Promise<{ status: number; body: unknown }>, status = 200) => {
  const answered = await response;
  expect(answered.status, JSON.stringify(answered.body)).toBe(status);
};
const block = (actor: TestUser, orgId: string, userId: string) =>
  ok(api('POST', `${memberPath(orgId, userId)}/block`, { token: actor.token }));
const unblock = (actor: TestUser, orgId: string, userId: string) =>
  ok(api('POST', `${memberPath(orgId, userId)}/unblock`, { token: actor.token }));
const changeRole = (actor: TestUser, orgId: string, userId: string, role: string) =>
  ok(api('PATCH', memberPath(orgId, userId), { token: actor.token, body: { role } }));
const remove = (actor: TestUser, orgId: string, userId: string) =>
  ok(api('DELETE', memberPath(orgId, userId), { token: actor.token }), 204);

const SUSPENDED_SUBJECT = /API keys? .*stopped working/;

async function expectWorks(key: string, orgId: string) {
  const response = await whoAmI(key);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body.orgId).toBe(orgId);
}

describe('API keys follow their creator', () => {
  it('block and unblock, role change to member and back: each flips the keys on the next call; owner and admins are emailed once', async () => {
    const { owner, orgId } = await newOrg();
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const developer = await inviteAndAccept(owner, orgId, 'developer');
    const deploys = await createKeyOk(developer, orgId, { name: 'deploys', mode: 'sandbox' });
    const metrics = await createKeyOk(developer, orgId, { name: 'metrics', mode: 'sandbox' });
    await expectWorks(deploys.key, orgId);

    await block(owner, orgId, developer.userId);
    expectKeyRefused(await whoAmI(deploys.key), 'API_KEY_SUSPENDED');
    expectKeyRefused(await whoAmI(metrics.key), 'API_KEY_SUSPENDED');
    expect((await getKey(owner, orgId, deploys.id)).body.status).toBe('suspended');
    expect((await walk(owner, `/orgs/${orgId}/api-keys`, { status: 'suspended' })).items).toHaveLength(2);

    for (const to of [owner.email, admin.email]) {
      const emails = await waitForEmails(to, 1, { subject: SUSPENDED_SUBJECT });
      expect(emails, to).toHaveLength(1);
      expect(emails[0]?.subject).toBe(`2 API keys of ${await orgName(owner, orgId)} stopped working`);
      expect(emails[0]?.body.text).toContain('deploys');
      expect(emails[0]?.body.text).toContain('metrics');
      for (const secret of [deploys.key, metrics.key])
        expect(JSON.stringify(emails[0])).not.toContain(secret);
    }
    // the blocked developer is not told about keys (only that they were blocked)
    const toDeveloper = await emailsTo(inject('stack').sesUrl, developer.email);
    expect(toDeveloper.filter((email) => SUSPENDED_SUBJECT.test(email.subject))).toEqual([]);
    const suspendedAudit = await until(
      async () =>
        (await walk(owner, `/orgs/${orgId}/audit-log`, { limit: '100', action: 'api_key.suspended' })).items,
      (items) => items.length >= 2,
      'suspension audit entries',
    );
    expect(suspendedAudit.map((entry) => entry.target.id).sort()).toEqual([deploys.id, metrics.id].sort());

    await unblock(owner, orgId, developer.userId);
    await expectWorks(deploys.key, orgId);
    expect((await getKey(owner, orgId, deploys.id)).body.status).toBe('active');

    await changeRole(admin, orgId, developer.userId, 'member');
    expectKeyRefused(await whoAmI(deploys.key), 'API_KEY_SUSPENDED');
    await changeRole(admin, orgId, developer.userId, 'developer');
    await expectWorks(deploys.key, orgId);
    await changeRole(owner, orgId, developer.userId, 'finance');
    expectKeyRefused(await whoAmI(metrics.key), 'API_KEY_SUSPENDED');
    await changeRole(owner, orgId, developer.userId, 'admin');
    await expectWorks(metrics.key, orgId);
  });

  it('removal and leaving suspend the keys; a revoked or expired key stays refused as such', async () => {
    const { owner, orgId } = await newOrg();
    const removed = await inviteAndAccept(owner, orgId, 'developer');
    const leaver = await inviteAndAccept(owner, orgId, 'admin');
    const removedKey = await createKeyOk(removed, orgId, { name: 'removed key', mode: 'sandbox' });
    const leaverKey = await createKeyOk(leaver, orgId, { name: 'leaver key', mode: 'sandbox' });
    await expectWorks(removedKey.key, orgId);
    await expectWorks(leaverKey.key, orgId);

    await remove(owner, orgId, removed.userId);
    expectKeyRefused(await whoAmI(removedKey.key), 'API_KEY_SUSPENDED');
    await remove(leaver, orgId, leaver.userId);
    expectKeyRefused(await whoAmI(leaverKey.key), 'API_KEY_SUSPENDED');
    await expect(getKey(owner, orgId, leaverKey.id)).resolves.toMatchObject({
      body: { status: 'suspended' },
    });
    const emails = await waitForEmails(owner.email, 2, { subject: SUSPENDED_SUBJECT });
    expect(emails.map((email) => email.subject).sort()).toEqual([
      expect.stringMatching(/^An API key of .* stopped working$/),
      expect.stringMatching(/^An API key of .* stopped working$/),
    ]);
    expect(emails.some((email) => email.body.text?.includes('removed key'))).toBe(true);
    expect(emails.some((email) => email.body.text?.includes('leaver key'))).toBe(true);
  });
});

async function orgName(owner: TestUser, orgId: string): Promise<string> {
  const response = await api('GET', `/orgs/${orgId}`, { token: owner.token });
  return response.body.name as string;
}
