import { handler as authorizer } from '../functions/authorizers/api-key.ts';
import { type HttpScenario, httpResult, mergeRuns, runHttp } from './http-scenario.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import { authorizerEvent, inProcess } from './scenarios-api-keys.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { sizes } from './sizes.ts';

const authorized = (key: string) => {
  const event = authorizerEvent(key);
  return async () => {
    const result = await authorizer(event);
    if (!result.isAuthorized) throw new Error('the bench credential was not authorized');
  };
};

/**
 * Organization sessions: issuing one (interleaved A B B A with GET /orgs/{orgId}, the same
 * membership-and-org read) and verifying one in the authorizer in-process (interleaved with
 * an API key's verification): a session token is checked offline, with no DynamoDB call.
 */
export async function orgSessionScenarios(
  context: BenchContext,
  { owner, orgId }: OwnedOrg,
): Promise<{ results: ScenarioResult[]; ratios: Record<string, number> }> {
  const duration = sizes.durationSeconds / 2;
  const issue: HttpScenario = {
    name: 'POST /orgs/{orgId}/session (issue an org token)',
    method: 'POST',
    route: '/orgs/{orgId}/session',
    requests: [request('POST', `/orgs/${orgId}/session`, owner.token)],
    duration,
    note: 'runs interleaved with GET /orgs/{orgId} (A B B A); ES256 signing with the local key set',
  };
  const read: HttpScenario = {
    name: 'GET /orgs/{orgId} (beside org token issuing)',
    method: 'GET',
    route: '/orgs/{orgId}',
    requests: [request('GET', `/orgs/${orgId}`, owner.token)],
    duration,
  };
  const readRuns = [await runHttp(context, read)];
  const issueRuns = [await runHttp(context, issue), await runHttp(context, issue)];
  readRuns.push(await runHttp(context, read));
  const issued = httpResult(issue, mergeRuns(issueRuns));
  const orgRead = httpResult(read, mergeRuns(readRuns));

  const session = await context.api.expect(201, 'POST', `/orgs/${orgId}/session`, { token: owner.token });
  const created = await context.api.expect(201, 'POST', `/orgs/${orgId}/api-keys`, {
    token: owner.token,
    body: { name: 'bench session baseline', mode: 'sandbox' },
  });
  const viaKey = authorized(created.key as string);
  const viaSession = authorized(session.token as string);
  // warm both paths (the key's fixed facts, the JWK set) before measuring
  await viaKey();
  await viaSession();
  const keyVerification = await inProcess(
    context,
    'authorizer: API key (beside org token)',
    viaKey,
    'the same handler and event shape as the org token row',
  );
  const tokenVerification = await inProcess(
    context,
    'authorizer: org session token (in-process)',
    viaSession,
    'ES256 verified against the published key set held in memory: no DynamoDB call',
  );
  return {
    results: [orgRead, issued, keyVerification, tokenVerification],
    ratios: {
      'POST /orgs/{orgId}/session ÷ GET /orgs/{orgId}, p50 latency': issued.p50Ms / orgRead.p50Ms,
      'POST /orgs/{orgId}/session DynamoDB calls per request': issued.ddb.perOperation,
      'authorizer org token ÷ API key, p50 latency': tokenVerification.p50Ms / keyVerification.p50Ms,
      'authorizer org token DynamoDB calls per call': tokenVerification.ddb.perOperation,
    },
  };
}
