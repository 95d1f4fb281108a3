import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../shared/platform/dynamo/client.ts';
import { keys } from '../shared/platform/dynamo/keys.ts';
import { measureHttp } from './http-scenario.ts';
import { newIdentities } from './identities.ts';
import type { LoadRequest } from './load-types.ts';
import { progress } from './progress.ts';
import type { BenchContext, ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';

const SMALL = 10;
const LARGE = 1000;
/** Okta pushes users one request at a time per app, a few in flight */
const SYNC_IN_FLIGHT = 4;

const scimRequest = (method: string, path: string, token: string, body?: unknown): LoadRequest => ({
  method,
  path,
  headers: {
    authorization: `Bearer ${token}`,
    ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

/** An enterprise org with a SCIM token, its seat limit lifted above the sync's size. */
async function scimOrg(context: BenchContext, label: string) {
  const [owner] = await newIdentities(1, `scim-${label}`);
  if (!owner) throw new Error('no identity');
  const org = (await context.api.expect(201, 'POST', '/orgs', {
    token: owner.token,
    body: { name: `Bench SCIM ${label}`, timeZone: 'Europe/Berlin' },
  })) as { id: string };
  await context.api.expect(200, 'PUT', `/orgs/${org.id}/plan`, {
    token: owner.token,
    body: { planId: 'enterprise' },
  });
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.org(org.id),
      UpdateExpression: 'SET memberLimit = :limit',
      ExpressionAttributeValues: { ':limit': LARGE + 10 },
    }),
  );
  const created = (await context.api.expect(201, 'POST', `/orgs/${org.id}/scim-tokens`, {
    token: owner.token,
    body: { name: 'Bench' },
  })) as { token: string };
  return created.token;
}

const userNames = (count: number, label: string) => {
  const run = randomUUID().slice(0, 8);
  return Array.from({ length: count }, (_, i) => `scim-${label}-${run}-${i}@example.com`);
};

/** POST /scim/v2/Users once per user, `SYNC_IN_FLIGHT` at a time: an identity provider's initial push. */
const sync = (context: BenchContext, token: string, emails: string[], name: string) =>
  measureHttp(context, {
    name,
    method: 'POST',
    route: '/scim/v2/Users',
    requests: emails.map((userName, i) =>
      scimRequest('POST', '/scim/v2/Users', token, {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName,
        name: { givenName: 'Bench', familyName: `User ${i}` },
        externalId: `00u${i}`,
        active: true,
      }),
    ),
    amount: emails.length,
    connections: SYNC_IN_FLIGHT,
    maxSeconds: 300,
    note: `one org, ${SYNC_IN_FLIGHT} in flight, each user new (listed invited, a seat held); elapsed = the sync's total time`,
  });

const byUserName = (context: BenchContext, token: string, emails: string[], members: number) =>
  measureHttp(context, {
    name: `GET /scim/v2/Users?filter=userName eq (${members.toLocaleString('en')} SCIM users)`,
    method: 'GET',
    route: '/scim/v2/Users',
    requests: emails.map((email) =>
      scimRequest('GET', `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`, token),
    ),
    duration: sizes.durationSeconds,
    note: 'Okta and Entra look every user up by userName before creating it',
  });

/**
 * `--only=scim`: the lookup identity providers make before every push (`filter=userName eq`)
 * in an org of 10 and of 1,000 provisioned users (one Query of GSI1 and the token's
 * verification, whatever the size), and the 1,000-user initial sync itself.
 */
export async function scimScenarios(
  context: BenchContext,
): Promise<{ results: ScenarioResult[]; ratios: Record<string, number> }> {
  const smallToken = await scimOrg(context, 'small');
  const small = userNames(SMALL, 'small');
  const smallSync = await sync(context, smallToken, small, `POST /scim/v2/Users (${SMALL} users)`);
  const largeToken = await scimOrg(context, 'large');
  const large = userNames(LARGE, 'large');
  const initial = await sync(
    context,
    largeToken,
    large,
    `POST /scim/v2/Users, initial sync of ${LARGE.toLocaleString('en')} users`,
  );
  progress(`synced ${initial.ok} users in ${(initial.elapsedMs / 1000).toFixed(1)} s`);
  const few = await byUserName(context, smallToken, small, SMALL);
  const many = await byUserName(context, largeToken, large, LARGE);
  return {
    results: [smallSync, initial, few, many],
    ratios: {
      'SCIM filter userName eq, 1,000 ÷ 10 users, p50 latency (should be ~1)': many.p50Ms / few.p50Ms,
      'SCIM filter userName eq, 1,000 users, DynamoDB calls per request': many.ddb.perOperation,
      'SCIM initial sync of 1,000 users, total seconds': initial.elapsedMs / 1000,
      'SCIM initial sync, DynamoDB calls per user': initial.ddb.perOperation,
    },
  };
}
