import { createSocket } from 'node:dgram';
import { describe, expect, it } from 'vitest';
import { txtRecords } from '../../shared/domains/txt-records.ts';
import { ApiError } from '../../shared/platform/errors.ts';
import { auditEntries } from '../support/billing.ts';
import {
  addDomain,
  proOrgFor,
  removeTxt,
  setEnrollment,
  setTxt,
  uniqueDomain,
  verifiedDomain,
} from '../support/domains.ts';
import { setEnv } from '../support/env.ts';
import { api, newUser } from '../support/http.ts';
import { createOrgFor, expectProblem } from '../support/orgs.ts';

const domainsOf = async (token: string, orgId: string) =>
  (await api('GET', `/orgs/${orgId}/domains`, { token })).body.items as { domain: string; status: string }[];

describe('verified domains', () => {
  it('is a plan feature: an org on basic gets 403 PLAN_FEATURE_UNAVAILABLE', async () => {
    const owner = await newUser();
    const org = await createOrgFor(owner);
    const refused = await api('POST', `/orgs/${org.id}/domains`, {
      token: owner.token,
      body: { domain: uniqueDomain() },
    });
    expectProblem(refused, 403, 'PLAN_FEATURE_UNAVAILABLE');
  });

  it('adds a domain with the record to publish; refuses free mail, public suffixes and non-domains, changing nothing', async () => {
    const owner = await newUser();
    const org = await proOrgFor(owner);
    const domain = uniqueDomain();
    const added = await api('POST', `/orgs/${org.id}/domains`, {
      token: owner.token,
      body: { domain: `  ${domain.toUpperCase()}. ` },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.headers.get('location')).toBe(`/orgs/${org.id}/domains/${added.body.id}`);
    expect(added.body).toMatchObject({
      domain,
      status: 'pending',
      enrollment: 'none',
      role: 'member',
      verification: {
        recordName: `_orgs-challenge.${domain}`,
        recordValue: expect.stringMatching(/^orgs-verification=.{20,}/),
      },
      createdAt: expect.any(String),
    });
    const other = await addDomain(owner, org.id, uniqueDomain());
    expect(other.verification.recordValue).not.toBe(added.body.verification.recordValue);

    for (const refused of ['gmail.com', 'Outlook.com', 'com', 'co.uk', 'github.io']) {
      const response = await api('POST', `/orgs/${org.id}/domains`, {
        token: owner.token,
        body: { domain: refused },
      });
      expectProblem(response, 400, 'DOMAIN_NOT_ALLOWED');
    }
    for (const invalid of ['not a domain', 'a@b.com', '-acme.test', '10.0.0.1', '']) {
      const response = await api('POST', `/orgs/${org.id}/domains`, {
        token: owner.token,
        body: { domain: invalid },
      });
      expectProblem(response, 400, 'VALIDATION_FAILED');
    }
    const twice = await api('POST', `/orgs/${org.id}/domains`, { token: owner.token, body: { domain } });
    expectProblem(twice, 409, 'CONFLICT');
    expect((await domainsOf(owner.token, org.id)).map((item) => item.domain).sort()).toEqual(
      [domain, other.domain].sort(),
    );
  });

  it('stores an IDN in its A-label form', async () => {
    const owner = await newUser();
    const org = await proOrgFor(owner);
    const suffix = uniqueDomain('x').slice(2);
    const added = await addDomain(owner, org.id, `Bücher-${suffix}`);
    expect(added.domain).toMatch(/^xn--/);
    expect(added.domain).toBe(new URL(`http://bücher-${suffix}`).hostname);
    expect(added.verification.recordName).toBe(`_orgs-challenge.${added.domain}`);
  });

  it('verifies by the TXT record: none or a wrong one is 409 saying what was found; the token is 200 verified and audited', async () => {
    const owner = await newUser();
    const org = await proOrgFor(owner);
    const added = await addDomain(owner, org.id, uniqueDomain());
    const verify = () => api('POST', `/orgs/${org.id}/domains/${added.id}/verify`, { token: owner.token });

    const nothing = await verify();
    expectProblem(nothing, 409, 'DOMAIN_NOT_VERIFIED');
    expect(nothing.body.detail).toContain('no TXT record');

    await setTxt(added.verification.recordName, 'orgs-verification=someone-else');
    const wrong = await verify();
    expectProblem(wrong, 409, 'DOMAIN_NOT_VERIFIED');
    expect(wrong.body.detail).toContain('orgs-verification=someone-else');
    expect((await domainsOf(owner.token, org.id))[0]?.status).toBe('pending');

    await setTxt(added.verification.recordName, 'v=spf1 -all', added.verification.recordValue);
    const verified = await verify();
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ id: added.id, status: 'verified', verifiedAt: expect.any(String) });
    expect((await verify()).status).toBe(200);
    expect(await auditEntries(owner, org.id, 'domain.verified')).toHaveLength(1);

    // a verified domain is a feature in use: the plan cannot drop it
    const downgrade = await api('PUT', `/orgs/${org.id}/plan`, {
      token: owner.token,
      body: { planId: 'basic' },
    });
    expectProblem(downgrade, 409, 'FEATURE_IN_USE');
    const removed = await api('DELETE', `/orgs/${org.id}/domains/${added.id}`, { token: owner.token });
    expect(removed.status).toBe(204);
    const downgraded = await api('PUT', `/orgs/${org.id}/plan`, {
      token: owner.token,
      body: { planId: 'basic' },
    });
    expect(downgraded.status, JSON.stringify(downgraded.body)).toBe(200);
  });

  it('one organization per verified domain: of two verifying at once exactly one wins; deleting releases it', async () => {
    const domain = uniqueDomain();
    const [ownerA, ownerB, ownerC] = await Promise.all([newUser(), newUser(), newUser()]);
    const [orgA, orgB, orgC] = await Promise.all([proOrgFor(ownerA), proOrgFor(ownerB), proOrgFor(ownerC)]);
    const [a, b] = await Promise.all([
      addDomain(ownerA, orgA.id, domain),
      addDomain(ownerB, orgB.id, domain),
    ]);
    await setTxt(a.verification.recordName, a.verification.recordValue, b.verification.recordValue);
    const results = await Promise.all([
      api('POST', `/orgs/${orgA.id}/domains/${a.id}/verify`, { token: ownerA.token }),
      api('POST', `/orgs/${orgB.id}/domains/${b.id}/verify`, { token: ownerB.token }),
    ]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses, JSON.stringify(results.map((result) => result.body))).toEqual([200, 409]);
    const loser = results.find((result) => result.status === 409);
    expect(loser?.body.code).toBe('DOMAIN_TAKEN');
    const [winnerOwner, winnerOrg, winnerDomain] =
      results[0]?.status === 200 ? [ownerA, orgA, a] : [ownerB, orgB, b];
    const [loserOwner, loserOrg, loserDomain] =
      results[0]?.status === 200 ? [ownerB, orgB, b] : [ownerA, orgA, a];

    expectProblem(
      await api('POST', `/orgs/${orgC.id}/domains`, { token: ownerC.token, body: { domain } }),
      409,
      'DOMAIN_TAKEN',
    );
    expect((await domainsOf(loserOwner.token, loserOrg.id))[0]?.status).toBe('pending');

    expect(
      (await api('DELETE', `/orgs/${winnerOrg.id}/domains/${winnerDomain.id}`, { token: winnerOwner.token }))
        .status,
    ).toBe(204);
    const now = await api('POST', `/orgs/${loserOrg.id}/domains/${loserDomain.id}/verify`, {
      token: loserOwner.token,
    });
    expect(now.status, JSON.stringify(now.body)).toBe(200);
  });

  it('enrollment needs a verified domain and never gives owner', async () => {
    const owner = await newUser();
    const org = await proOrgFor(owner);
    const pending = await addDomain(owner, org.id, uniqueDomain());
    const patch = (id: string, body: unknown) =>
      api('PATCH', `/orgs/${org.id}/domains/${id}`, { token: owner.token, body });
    expectProblem(await patch(pending.id, { enrollment: 'suggest' }), 409, 'DOMAIN_NOT_VERIFIED');
    const verified = await verifiedDomain(owner, org.id, uniqueDomain());
    expectProblem(await patch(verified.id, { role: 'owner' }), 400, 'VALIDATION_FAILED');
    expectProblem(await patch(verified.id, { enrollment: 'everyone' }), 400, 'VALIDATION_FAILED');
    expectProblem(await patch(verified.id, {}), 400, 'VALIDATION_FAILED');
    const changed = await setEnrollment(owner, org.id, verified.id, {
      enrollment: 'suggest',
      role: 'developer',
    });
    expect(changed).toMatchObject({ status: 'verified', enrollment: 'suggest', role: 'developer' });
  });

  it('a resolver that does not answer is 503 UNAVAILABLE with Retry-After, not "not verified"', async () => {
    const silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    const previous = process.env.DNS_SERVERS;
    setEnv({ DNS_SERVERS: `127.0.0.1:${silent.address().port}`, DNS_TIMEOUT_MS: '200', DNS_TRIES: '1' });
    try {
      const error = await txtRecords('_orgs-challenge.acme.test').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(503);
      expect((error as ApiError).code).toBe('UNAVAILABLE');
      expect(Number((error as ApiError).headers?.['retry-after'])).toBeGreaterThan(0);
    } finally {
      setEnv({ DNS_SERVERS: previous, DNS_TIMEOUT_MS: undefined, DNS_TRIES: undefined });
      silent.close();
    }
    // the real local DNS server: an unknown name is an answer (no records), not a fault
    expect(await txtRecords(`_orgs-challenge.${uniqueDomain()}`)).toEqual([]);
    await setTxt('_orgs-challenge.lookup.test', 'x'.repeat(300));
    expect(await txtRecords('_orgs-challenge.lookup.test')).toEqual(['x'.repeat(300)]);
    await removeTxt('_orgs-challenge.lookup.test');
    expect(await txtRecords('_orgs-challenge.lookup.test')).toEqual([]);
  });
});
