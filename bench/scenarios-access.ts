import { measureHttp } from './http-scenario.ts';
import { type Identity, newIdentities } from './identities.ts';
import { progress } from './progress.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';

/** The custom role measured: what a developer holds, as the organization's own role. */
const CUSTOM = { key: 'bench_dev', name: 'Bench developer', permissions: ['org:read', 'developer:keys'] };

async function join(context: BenchContext, owner: Identity, orgId: string, who: Identity, role: string) {
  await context.api.expect(200, 'GET', '/me', { token: who.token });
  const invitation = await context.api.expect(201, 'POST', `/orgs/${orgId}/invitations`, {
    token: owner.token,
    body: { email: who.email, role },
  });
  await context.api.expect(200, 'POST', `/invitations/${invitation.id}/accept`, { token: who.token });
  const key = await context.api.expect(201, 'POST', `/orgs/${orgId}/api-keys`, {
    token: who.token,
    body: { name: `bench ${role}`, mode: 'sandbox' },
  });
  return { ...who, key: key.key as string };
}

/**
 * What a custom role costs per request: GET /orgs/{orgId} and GET /v1/organization (with a key
 * the member created) for a member holding the built-in `developer` role and one holding a
 * custom role of the same permissions. The custom role lives on the org item the access check
 * reads anyway, so both should make the same DynamoDB calls.
 */
export async function accessScenarios(context: BenchContext) {
  const [owner, builtIn, custom] = await newIdentities(3, 'access');
  if (!owner || !builtIn || !custom) throw new Error('three identities expected');
  const org = await context.api.expect(201, 'POST', '/orgs', {
    token: owner.token,
    body: { name: 'Bench access', timeZone: 'Europe/Berlin' },
  });
  const orgId = org.id as string;
  await context.api.expect(200, 'PUT', `/orgs/${orgId}/plan`, {
    token: owner.token,
    body: { planId: 'pro' },
  });
  await context.api.expect(201, 'POST', `/orgs/${orgId}/roles`, { token: owner.token, body: CUSTOM });
  const members = {
    'built-in role': await join(context, owner, orgId, builtIn, 'developer'),
    'custom role': await join(context, owner, orgId, custom, CUSTOM.key),
  };
  progress('access: an org with a built-in and a custom role holder');

  const results: ScenarioResult[] = [];
  const ratios: Record<string, number> = {};
  for (const [label, member] of Object.entries(members)) {
    const getOrg = await measureHttp(context, {
      name: `GET /orgs/{id} (${label})`,
      method: 'GET',
      route: '/orgs/{orgId}',
      requests: [request('GET', `/orgs/${orgId}`, member.token)],
      duration: sizes.durationSeconds / 2,
    });
    const v1 = await measureHttp(context, {
      name: `GET /v1/organization (key of a ${label} holder)`,
      method: 'GET',
      route: '/v1/organization',
      requests: [request('GET', '/v1/organization', member.key)],
      duration: sizes.durationSeconds / 2,
    });
    results.push(getOrg, v1);
    ratios[`GET /orgs/{orgId} DynamoDB calls per request, ${label}`] = getOrg.ddb.perOperation;
    ratios[`GET /v1/organization DynamoDB calls per request, ${label}`] = v1.ddb.perOperation;
  }
  return { results, ratios };
}
