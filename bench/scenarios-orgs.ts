import { measureHttp } from './http-scenario.ts';
import { type Identity, newIdentities } from './identities.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';
import { boundedLoop } from './stats.ts';

export interface OwnedOrg {
  owner: Identity;
  orgId: string;
}

/** POST /orgs by brand-new users (one org each), then the ids of the orgs they own. */
export async function createOrgs(
  context: BenchContext,
): Promise<{ result: ScenarioResult; orgs: OwnedOrg[] }> {
  const owners = await newIdentities(sizes.orgCreates, 'owner');
  const result = await measureHttp(context, {
    name: 'POST /orgs (new user)',
    method: 'POST',
    route: '/orgs',
    requests: owners.map((owner, i) =>
      request('POST', '/orgs', owner.token, { name: `Bench Org ${i}`, timeZone: 'Europe/Berlin' }),
    ),
    amount: owners.length,
    maxSeconds: sizes.capSeconds,
    note: 'tokens never seen before: the profile is created on the way (ensureUser)',
  });
  const wanted = owners.slice(0, Math.min(result.sent ?? 0, sizes.rotationOrgs + sizes.billingOrgs + 7));
  const orgs: OwnedOrg[] = [];
  await boundedLoop({ concurrency: sizes.connections, total: wanted.length }, async (i) => {
    const owner = wanted[i];
    if (!owner) return;
    const profile = await context.api.expect(200, 'GET', '/me', { token: owner.token });
    if (profile.defaultOrgId) orgs.push({ owner, orgId: profile.defaultOrgId });
  });
  if (orgs.length < 10)
    throw new Error(`only ${orgs.length} orgs were created: too few for the other scenarios`);
  return { result, orgs };
}

/** Reads and writes of an org, each rotating through `orgs`. */
export async function orgScenarios(context: BenchContext, orgs: OwnedOrg[]): Promise<ScenarioResult[]> {
  const getOrg = await measureHttp(context, {
    name: 'GET /orgs/{id}',
    method: 'GET',
    route: '/orgs/{orgId}',
    requests: orgs.map(({ owner, orgId }) => request('GET', `/orgs/${orgId}`, owner.token)),
    duration: sizes.durationSeconds,
  });
  const patchOrg = await measureHttp(context, {
    name: 'PATCH /orgs/{id}',
    method: 'PATCH',
    route: '/orgs/{orgId}',
    requests: orgs.map(({ owner, orgId }, i) =>
      request('PATCH', `/orgs/${orgId}`, owner.token, { name: `Bench Org renamed ${i}` }),
    ),
    duration: sizes.durationSeconds,
    note: `no If-Match; rotates through ${orgs.length} orgs so concurrent writes rarely meet`,
  });
  const audit = await measureHttp(context, {
    name: 'GET /orgs/{id}/audit-log (page)',
    method: 'GET',
    route: '/orgs/{orgId}/audit-log',
    requests: orgs.map(({ owner, orgId }) =>
      request('GET', `/orgs/${orgId}/audit-log?limit=25`, owner.token),
    ),
    duration: sizes.durationSeconds,
  });
  return [getOrg, patchOrg, audit];
}
