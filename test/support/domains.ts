import { randomUUID } from 'node:crypto';
import { expect, inject } from 'vitest';
import { changeDnsRecords } from '../../infra/local/dns-client.ts';
import { api, type TestUser } from './http.ts';
import { createOrgFor } from './orgs.ts';

/** A domain no other test uses (`.test` is reserved, never refused: DNS proof decides). */
export const uniqueDomain = (label = 'acme') => `${label}-${randomUUID().slice(0, 8)}.test`;

/** Sets the TXT records of `name` on the local stack's DNS server (as `npm run dns -- set`). */
export async function setTxt(name: string, ...values: string[]) {
  const port = inject('stack').dnsPort;
  if (!port) throw new Error('the test stack runs no DNS server');
  await changeDnsRecords({ port }, { op: 'set', name, values });
}

export async function removeTxt(name: string) {
  const port = inject('stack').dnsPort;
  if (!port) throw new Error('the test stack runs no DNS server');
  await changeDnsRecords({ port }, { op: 'rm', name });
}

/** An org on the `pro` plan (it has the `domains` feature). */
export async function proOrgFor(owner: TestUser) {
  const org = await createOrgFor(owner);
  const plan = await api('PUT', `/orgs/${org.id}/plan`, { token: owner.token, body: { planId: 'pro' } });
  expect(plan.status, JSON.stringify(plan.body)).toBe(200);
  return org;
}

/** Adds `domain` to the org; fails the test unless 201. */
export async function addDomain(owner: TestUser, orgId: string, domain: string) {
  const added = await api('POST', `/orgs/${orgId}/domains`, { token: owner.token, body: { domain } });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return added.body;
}

/** Adds, publishes the record and verifies `domain`; returns the verified domain. */
export async function verifiedDomain(owner: TestUser, orgId: string, domain: string) {
  const added = await addDomain(owner, orgId, domain);
  await setTxt(added.verification.recordName, added.verification.recordValue);
  const verified = await api('POST', `/orgs/${orgId}/domains/${added.id}/verify`, { token: owner.token });
  expect(verified.status, JSON.stringify(verified.body)).toBe(200);
  return verified.body;
}

export async function setEnrollment(
  owner: TestUser,
  orgId: string,
  domainId: string,
  body: Record<string, string>,
) {
  const changed = await api('PATCH', `/orgs/${orgId}/domains/${domainId}`, { token: owner.token, body });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  return changed.body;
}
