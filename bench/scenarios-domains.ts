import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { signDevToken } from '../infra/local/dev-issuer.ts';
import { challengeName } from '../shared/domains/domain/domain-name.ts';
import { db, tableName } from '../shared/platform/dynamo/client.ts';
import { keys } from '../shared/platform/dynamo/keys.ts';
import { measureHttp } from './http-scenario.ts';
import type { Identity } from './identities.ts';
import { progress } from './progress.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';

/** Verified domains in the system for the second registration run. */
const VERIFIED_DOMAINS = 1000;
const REGISTRATIONS = 150;

async function identitiesOn(domain: string, count: number, label: string): Promise<Identity[]> {
  const run = randomUUID().slice(0, 8);
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const email = `bench-${label}-${run}-${i}@${domain}`;
      const userId = `user_bench_${label}_${run}_${i}`;
      return {
        userId,
        email,
        token: await signDevToken({ email, sub: userId, name: `Bench ${label} ${i}` }),
      };
    }),
  );
}

/**
 * `count` verified `suggest` domains of `orgId`, written as verification leaves them (the
 * domain item and its claim), straight into the table: the bench measures reads, not DNS.
 */
async function seedVerifiedDomains(orgId: string, count: number): Promise<string[]> {
  const now = new Date().toISOString();
  const domains = Array.from({ length: count }, (_, i) => `bench-${i}-${randomUUID().slice(0, 6)}.test`);
  const items = domains.flatMap((domain, i) => {
    const id = `dom_bench_${i}`;
    return [
      {
        ...keys.domain(orgId, id),
        type: 'domain',
        id,
        orgId,
        domain,
        status: 'verified',
        enrollment: 'suggest',
        role: 'member',
        recordName: challengeName(domain),
        recordValue: 'orgs-verification=bench',
        createdAt: now,
        updatedAt: now,
        createdBy: 'bench',
        verifiedAt: now,
      },
      {
        ...keys.domainClaim(domain),
        type: 'domainClaim',
        domain,
        orgId,
        domainId: id,
        enrollment: 'suggest',
        role: 'member',
      },
    ];
  });
  for (let at = 0; at < items.length; at += 25) {
    let batch: Record<string, unknown>[] = items.slice(at, at + 25);
    while (batch.length > 0) {
      const { UnprocessedItems } = await db().send(
        new BatchWriteCommand({
          RequestItems: { [tableName()]: batch.map((Item) => ({ PutRequest: { Item } })) },
        }),
      );
      batch = (UnprocessedItems?.[tableName()] ?? []).map((entry) => entry.PutRequest?.Item ?? {});
    }
  }
  return domains;
}

/**
 * Registration (a first `GET /me`) with no verified domain in the system and with 1,000 — it
 * must not grow with their number: one GetItem of the email domain's claim — and
 * `GET /me/suggested-organizations` for a person on a `suggest` domain.
 */
export async function domainScenarios(
  context: BenchContext,
): Promise<{ results: ScenarioResult[]; ratios: Record<string, number> }> {
  const register = async (name: string, users: Identity[]) =>
    measureHttp(context, {
      name,
      method: 'GET',
      route: '/me',
      requests: users.map((user) => request('GET', '/me', user.token)),
      amount: users.length,
      maxSeconds: sizes.capSeconds,
    });
  const before = await register(
    'GET /me (first call), no verified domain',
    await identitiesOn(`bench-none-${randomUUID().slice(0, 6)}.test`, REGISTRATIONS, 'reg0'),
  );

  const [owner] = await identitiesOn('bench-owner.test', 1, 'owner');
  if (!owner) throw new Error('no identity');
  const org = (await context.api.expect(201, 'POST', '/orgs', {
    token: owner.token,
    body: { name: 'Bench domains', timeZone: 'Europe/Berlin' },
  })) as { id: string };
  const domains = await seedVerifiedDomains(org.id, VERIFIED_DOMAINS);
  progress(`seeded ${domains.length} verified domains`);
  const on = domains[Math.floor(domains.length / 2)] as string;

  const after = await register(
    `GET /me (first call), ${VERIFIED_DOMAINS.toLocaleString('en')} verified domains, email on a suggest domain`,
    await identitiesOn(on, REGISTRATIONS, 'reg1000'),
  );
  const [person] = await identitiesOn(on, 1, 'suggested');
  if (!person) throw new Error('no identity');
  await context.api.expect(200, 'GET', '/me', { token: person.token });
  const suggested = await measureHttp(context, {
    name: `GET /me/suggested-organizations (${VERIFIED_DOMAINS.toLocaleString('en')} verified domains)`,
    method: 'GET',
    route: '/me/suggested-organizations',
    requests: [request('GET', '/me/suggested-organizations', person.token)],
    duration: sizes.durationSeconds,
  });
  return {
    results: [before, after, suggested],
    ratios: {
      'first GET /me, 1,000 verified domains ÷ none, p50 latency (should be ~1)': after.p50Ms / before.p50Ms,
      'first GET /me, 1,000 verified domains ÷ none, DynamoDB calls per request':
        after.ddb.perOperation / before.ddb.perOperation,
    },
  };
}
