import { describe, expect, it } from 'vitest';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { auditEntries } from '../support/billing.ts';
import { proOrgFor, removeTxt, setEnrollment, uniqueDomain, verifiedDomain } from '../support/domains.ts';
import { api, newUser, type TestUser } from '../support/http.ts';
import { waitForEmails } from '../support/mailbox.ts';
import { expectProblem, seedMember, setMemberLimit } from '../support/orgs.ts';
import { setAttributes } from '../support/table.ts';
import { until } from '../support/wait.ts';
import { received, receiverForTests, registerEndpoint, verifiedEvents } from '../support/webhooks.ts';

const receiver = receiverForTests();

const onDomain = (domain: string, options: { emailVerified?: boolean; register?: boolean } = {}) =>
  newUser({ email: `person-${Math.random().toString(36).slice(2, 10)}@${domain}`, ...options });

const suggestions = async (user: TestUser) => {
  const response = await api('GET', '/me/suggested-organizations', { token: user.token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.items as { orgId: string; name: string; logoUrl: string | null; domain: string }[];
};

const myInvitations = async (user: TestUser) =>
  (await api('GET', '/me/invitations', { token: user.token })).body.items as {
    id: string;
    orgId: string;
    role: string;
  }[];

/** An org on pro with a verified domain whose enrollment is as given. */
async function orgWithDomain(enrollment: 'suggest' | 'auto_invite' | 'none', role = 'member') {
  const owner = await newUser();
  const org = await proOrgFor(owner);
  const domain = uniqueDomain();
  const verified = await verifiedDomain(owner, org.id, domain);
  if (enrollment !== 'none') await setEnrollment(owner, org.id, verified.id, { enrollment, role });
  return { owner, org, domain, domainId: verified.id as string };
}

describe('suggested organizations and join requests', () => {
  it("the organization's allowedInviteDomains hold for join requests too: 403 EMAIL_DOMAIN_NOT_ALLOWED, nothing created", async () => {
    const { owner, org, domain } = await orgWithDomain('suggest');
    const person = await onDomain(domain);
    const policy = (allowedInviteDomains: string[]) =>
      api('PUT', `/orgs/${org.id}/security-policy`, {
        token: owner.token,
        body: { requireMfa: false, allowedInviteDomains },
      });
    expect((await policy([uniqueDomain()])).status).toBe(200);
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token }),
      403,
      'EMAIL_DOMAIN_NOT_ALLOWED',
    );
    const pending = await api('GET', `/orgs/${org.id}/join-requests?status=pending`, { token: owner.token });
    expect(pending.body.items).toEqual([]);
    expect((await policy([domain])).status).toBe(200);
    expect((await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token })).status).toBe(201);
  });

  it('suggests the org to verified emails on a suggest domain, then a join request is approved with the domain role', async () => {
    const { owner, org, domain } = await orgWithDomain('suggest', 'developer');
    const person = await onDomain(domain);
    const unverified = await onDomain(domain, { emailVerified: false });
    const elsewhere = await newUser();

    expect(await suggestions(person)).toEqual([
      { orgId: org.id, name: org.body.name, logoUrl: null, domain },
    ]);
    expect(await suggestions(unverified)).toEqual([]);
    expect(await suggestions(elsewhere)).toEqual([]);
    expect(await suggestions(owner)).toEqual([]);

    // only a person on the domain may ask; others learn nothing
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests`, { token: elsewhere.token }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests`, { token: unverified.token }),
      404,
      'NOT_FOUND',
    );

    const asked = await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toEqual({ id: expect.stringMatching(/^jr_/), status: 'pending' });
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token }),
      409,
      'JOIN_REQUEST_PENDING',
    );

    const listed = await api('GET', `/orgs/${org.id}/join-requests?status=pending`, { token: owner.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: asked.body.id,
        userId: person.userId,
        email: person.email,
        domain,
        status: 'pending',
      }),
    ]);

    const approved = await api('POST', `/orgs/${org.id}/join-requests/${asked.body.id}/approve`, {
      token: owner.token,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      id: asked.body.id,
      status: 'approved',
      decidedAt: expect.any(String),
    });
    const member = await api('GET', `/orgs/${org.id}/members/${person.userId}`, { token: owner.token });
    expect(member.body).toMatchObject({ userId: person.userId, role: 'developer', status: 'active' });
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests/${asked.body.id}/deny`, { token: owner.token }),
      409,
      'CONFLICT',
    );
    expect(await suggestions(person)).toEqual([]);
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token }),
      409,
      'ALREADY_MEMBER',
    );

    const [email] = await waitForEmails(person.email, 1, { subject: /joined/ });
    expect(email?.subject).toBe(`You joined ${org.body.name}`);
    expect(await auditEntries(owner, org.id, 'member.joined')).toHaveLength(1);
  });

  it('a denied requester is emailed and may ask again; a member without members:manage cannot answer', async () => {
    const { owner, org, domain } = await orgWithDomain('suggest');
    const developer = await newUser();
    await seedMember(org.id, developer, 'developer');
    const person = await onDomain(domain);
    const asked = await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token });
    expect(asked.status).toBe(201);
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests/${asked.body.id}/approve`, { token: developer.token }),
      403,
      'FORBIDDEN',
    );
    const denied = await api('POST', `/orgs/${org.id}/join-requests/${asked.body.id}/deny`, {
      token: owner.token,
    });
    expect(denied.status, JSON.stringify(denied.body)).toBe(200);
    expect(denied.body.status).toBe('denied');
    const [email] = await waitForEmails(person.email, 1, { subject: /declined/ });
    expect(email?.subject).toContain(org.body.name);
    expect(
      (await api('GET', `/orgs/${org.id}/members/${person.userId}`, { token: owner.token })).status,
    ).toBe(404);
    expect((await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token })).status).toBe(201);
  });

  it('approving holds the seat limit under a race: one of two is approved, the other is MEMBER_LIMIT_REACHED', async () => {
    const { owner, org, domain } = await orgWithDomain('suggest');
    const [first, second] = await Promise.all([onDomain(domain), onDomain(domain)]);
    const ids: string[] = [];
    for (const person of [first, second]) {
      const asked = await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token });
      expect(asked.status).toBe(201);
      ids.push(asked.body.id);
    }
    await setMemberLimit(org.id, 2); // the owner and one more
    const results = await Promise.all(
      ids.map((id) => api('POST', `/orgs/${org.id}/join-requests/${id}/approve`, { token: owner.token })),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(results.find((result) => result.status === 409)?.body.code).toBe('MEMBER_LIMIT_REACHED');
    const read = await api('GET', `/orgs/${org.id}`, { token: owner.token });
    expect(read.body.activeMemberCount).toBe(2);
    const pending = await api('GET', `/orgs/${org.id}/join-requests?status=pending`, { token: owner.token });
    expect(pending.body.items).toHaveLength(1);
  });

  it('deleting the domain ends suggestions and join requests at once', async () => {
    const { owner, org, domain, domainId } = await orgWithDomain('suggest');
    const person = await onDomain(domain);
    expect(await suggestions(person)).toHaveLength(1);
    expect((await api('DELETE', `/orgs/${org.id}/domains/${domainId}`, { token: owner.token })).status).toBe(
      204,
    );
    expect(await suggestions(person)).toEqual([]);
    expectProblem(
      await api('POST', `/orgs/${org.id}/join-requests`, { token: person.token }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('auto_invite', () => {
  it('invites existing users when turned on and new ones when they register, once; a declined one is not re-created', async () => {
    const { owner, org, domain, domainId } = await orgWithDomain('none');
    const existing = await onDomain(domain);
    const unverified = await onDomain(domain, { emailVerified: false });
    const alreadyMember = await onDomain(domain);
    await seedMember(org.id, alreadyMember, 'member');
    expect(await myInvitations(existing)).toEqual([]);

    await setEnrollment(owner, org.id, domainId, { enrollment: 'auto_invite', role: 'finance' });
    const [invitation] = await myInvitations(existing);
    expect(invitation).toMatchObject({ orgId: org.id, role: 'finance' });
    expect(await myInvitations(unverified)).toEqual([]);
    expect(await myInvitations(alreadyMember)).toEqual([]);

    // registering later: invited at the first call
    const later = await onDomain(domain);
    expect(await myInvitations(later)).toEqual([expect.objectContaining({ orgId: org.id, role: 'finance' })]);

    // emailed once, even when enrollment is turned off and on again
    await setEnrollment(owner, org.id, domainId, { enrollment: 'none' });
    await setEnrollment(owner, org.id, domainId, { enrollment: 'auto_invite' });
    expect(await myInvitations(existing)).toHaveLength(1);
    const emails = await waitForEmails(existing.email, 1, { subject: new RegExp(org.body.name) });
    expect(emails).toHaveLength(1);

    // a declined auto-invitation is not re-created
    const declined = await api('POST', `/invitations/${invitation?.id}/decline`, { token: existing.token });
    expect(declined.status, JSON.stringify(declined.body)).toBeLessThan(300);
    await setEnrollment(owner, org.id, domainId, { enrollment: 'none' });
    await setEnrollment(owner, org.id, domainId, { enrollment: 'auto_invite' });
    expect(await myInvitations(existing)).toEqual([]);

    // accepting is the usual accept
    const [laterInvitation] = await myInvitations(later);
    const accepted = await api('POST', `/invitations/${laterInvitation?.id}/accept`, { token: later.token });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const member = await api('GET', `/orgs/${org.id}/members/${later.userId}`, { token: owner.token });
    expect(member.body).toMatchObject({ role: 'finance', status: 'active' });
  });

  it('a pending auto-invitation can no longer be accepted once the domain is removed', async () => {
    const { owner, org, domain, domainId } = await orgWithDomain('auto_invite');
    const person = await onDomain(domain);
    const [invitation] = await myInvitations(person);
    expect(invitation).toBeDefined();
    expect((await api('DELETE', `/orgs/${org.id}/domains/${domainId}`, { token: owner.token })).status).toBe(
      204,
    );
    const accepted = await api('POST', `/invitations/${invitation?.id}/accept`, { token: person.token });
    expectProblem(accepted, 410, 'INVITATION_REVOKED');
    expect(
      (await api('GET', `/orgs/${org.id}/members/${person.userId}`, { token: owner.token })).status,
    ).toBe(404);
  });
});

describe('daily re-check', () => {
  it('a record missing for 3 days turns the domain unverified, ends enrollment, emails owner and admins, sends domain.unverified', async () => {
    const { owner, org, domain, domainId } = await orgWithDomain('suggest');
    const admin = await newUser();
    await seedMember(org.id, admin, 'admin');
    const endpoint = await registerEndpoint(owner, org.id, receiver.url(`/domains-${org.id}`), [
      'domain.verified',
      'domain.unverified',
    ]);
    const person = await onDomain(domain);
    expect(await suggestions(person)).toHaveLength(1);

    // the record is gone; the domain has been missing for more than 3 days and its check is due
    await removeTxt(`_orgs-challenge.${domain}`);
    const longAgo = new Date(Date.now() - 4 * 24 * 3600 * 1000).toISOString();
    await setAttributes(
      keys.domain(org.id, domainId),
      { missingSince: longAgo, ...keys.domainRecheck(longAgo, org.id, domainId) },
      { mustExist: true },
    );
    const unverified = await until(
      async () =>
        (await api('GET', `/orgs/${org.id}/domains`, { token: owner.token })).body.items.find(
          (item: { id: string }) => item.id === domainId,
        ),
      (item) => item?.status === 'unverified',
      'the cleanup to unverify the domain',
      30_000,
    );
    expect(unverified).toMatchObject({ status: 'unverified', enrollment: 'none' });
    expect(await suggestions(person)).toEqual([]);
    expect(await auditEntries(owner, org.id, 'domain.unverified')).toHaveLength(1);
    for (const to of [owner.email, admin.email]) {
      const [email] = await waitForEmails(to, 1, { subject: /no longer verified/ });
      expect(email?.subject).toContain(domain);
    }
    const events = verifiedEvents(
      receiver,
      await received(receiver, `/domains-${org.id}`, 1, 30_000),
      endpoint.secret,
    );
    expect(events.map((event) => event.type)).toContain('domain.unverified');
    // the plan may drop the feature now
    const downgrade = await api('PUT', `/orgs/${org.id}/plan`, {
      token: owner.token,
      body: { planId: 'basic' },
    });
    expect(downgrade.status, JSON.stringify(downgrade.body)).toBe(200);
  });

  it('a record still there keeps the domain verified and moves its next check a day on', async () => {
    const { owner, org, domainId } = await orgWithDomain('none');
    const due = new Date(Date.now() - 60_000).toISOString();
    const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
    await setAttributes(
      keys.domain(org.id, domainId),
      { lastCheckedAt: lastWeek, ...keys.domainRecheck(due, org.id, domainId) },
      { mustExist: true },
    );
    // lastWeek < due: only a re-check moves it past `due`
    const checked = await until(
      async () =>
        (await api('GET', `/orgs/${org.id}/domains`, { token: owner.token })).body.items[0] as {
          lastCheckedAt: string;
          status: string;
        },
      (item) => item.lastCheckedAt > due,
      'the cleanup to re-check the domain',
      30_000,
    );
    expect(checked.status).toBe('verified');
  });
});
