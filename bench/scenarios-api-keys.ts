import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { handler as authorizer } from '../functions/authorizers/api-key.ts';
import { db, tableName } from '../shared/platform/dynamo/client.ts';
import { keys } from '../shared/platform/dynamo/keys.ts';
import { bareLoop, bareResult } from './baseline.ts';
import { type HttpScenario, httpResult, measureHttp, mergeRuns, runHttp } from './http-scenario.ts';
import { progress } from './progress.ts';
import { type BenchContext, ddbOf, loopResult, request, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { sizes } from './sizes.ts';
import { boundedLoop } from './stats.ts';

export const authorizerEvent = (key: string) =>
  ({
    version: '2.0',
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:eu-central-1:123456789012:api/$default/GET/workflows',
    identitySource: [`Bearer ${key}`],
    routeKey: 'GET /workflows',
    rawPath: '/workflows',
    rawQueryString: '',
    headers: { authorization: `Bearer ${key}` },
    requestContext: {
      http: { method: 'GET', path: '/workflows' },
      requestId: 'bench',
      routeKey: 'GET /workflows',
    },
  }) as unknown as APIGatewayRequestAuthorizerEventV2;

/** A loop in this process as one scenario row, its DynamoDB calls counted. */
export async function inProcess(
  context: BenchContext,
  name: string,
  task: () => Promise<unknown>,
  note: string,
): Promise<ScenarioResult> {
  await context.counter.quiesce();
  const { value: loop, tally } = await context.counter.local(() =>
    boundedLoop({ concurrency: sizes.connections, durationMs: sizes.baselineMs }, task),
  );
  if (loop.failures > 0) throw new Error(`${name} failed: ${String(loop.firstError)}`);
  progress(`${name}: ${loop.latenciesMs.length} calls`);
  return loopResult(
    name,
    'call',
    loop.latenciesMs,
    loop.elapsedMs,
    ddbOf(tally, loop.latenciesMs.length),
    note,
  );
}

/**
 * GET /v1/organization with an API key (interleaved A B B A with a bare GetItem), a key
 * with a bad checksum, and the Lambda authorizer handler in-process against a bare
 * BatchGetItem of the same three items.
 */
export async function apiKeyScenarios(context: BenchContext, { owner, orgId }: OwnedOrg) {
  const created = await context.api.expect(201, 'POST', `/orgs/${orgId}/api-keys`, {
    token: owner.token,
    body: { name: 'bench', mode: 'sandbox' },
  });
  const key = created.key as string;
  // the verifying container learns the key's fixed facts and records lastUsedAt for this minute
  await context.api.expect(200, 'GET', '/v1/organization', { token: key });

  const half = sizes.baselineMs / 2;
  const v1: HttpScenario = {
    name: 'GET /v1/organization (API key)',
    method: 'GET',
    route: '/v1/organization',
    requests: [request('GET', '/v1/organization', key)],
    duration: sizes.durationSeconds / 2,
    note: 'runs interleaved with a bare GetItem (A B B A); lastUsedAt adds one UpdateItem per key per minute',
  };
  const bareRuns = [await bareLoop(context, owner.userId, sizes.connections, half)];
  const v1Runs = [await runHttp(context, v1), await runHttp(context, v1)];
  bareRuns.push(await bareLoop(context, owner.userId, sizes.connections, half));
  const bare = { ...bareResult(sizes.connections, bareRuns), name: 'baseline: bare GetItem (beside /v1)' };
  const platform = httpResult(v1, mergeRuns(v1Runs));

  const badChecksum = `${key.slice(0, -1)}${key.at(-1) === 'a' ? 'b' : 'a'}`;
  const refused = await measureHttp(context, {
    name: 'GET /v1/organization (bad checksum)',
    method: 'GET',
    route: '/v1/organization',
    requests: [request('GET', '/v1/organization', badChecksum)],
    duration: sizes.durationSeconds / 2,
    note: '401 API_KEY_INVALID without touching DynamoDB',
  });

  // three consistent reads like a verification's (org, membership, and a small item for the lookup)
  const sameItems = [keys.org(orgId), keys.member(orgId, owner.userId), keys.user(owner.userId)];
  const bareBatch = await inProcess(
    context,
    'baseline: bare BatchGetItem (3 items)',
    () =>
      db().send(
        new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: sameItems, ConsistentRead: true } } }),
      ),
    'the shape of one verification: three consistent reads in one BatchGetItem',
  );
  const event = authorizerEvent(key);
  const handler = await inProcess(
    context,
    'API key authorizer handler (in-process)',
    async () => {
      const result = await authorizer(event);
      if (!result.isAuthorized) throw new Error('the bench key was not authorized');
    },
    'functions/authorizers/api-key.ts called directly with a payload 2.0 event: no HTTP',
  );
  const ratios: Record<string, number> = {
    'GET /v1/organization ÷ bare GetItem, p50 latency': platform.p50Ms / bare.p50Ms,
    'GET /v1/organization DynamoDB calls per request': platform.ddb.perOperation,
    'GET /v1/organization (bad checksum) DynamoDB calls per request': refused.ddb.perOperation,
    'authorizer handler ÷ bare BatchGetItem, p50 latency': handler.p50Ms / bareBatch.p50Ms,
    'authorizer handler DynamoDB calls per call': handler.ddb.perOperation,
  };
  return { results: [bare, platform, refused, bareBatch, handler], ratios };
}
