import { bareLoop, bareResult } from './baseline.ts';
import { startHttpFloor } from './http-floor.ts';
import { type HttpScenario, httpResult, measureHttp, mergeRuns, runHttp } from './http-scenario.ts';
import { type Identity, newIdentities } from './identities.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';

/**
 * Bare GetItem, the HTTP floor (node:http + the same GetItem) and GET /me (existing
 * profile), interleaved (A B C C B A) so their ratios are not skewed by drift; then the
 * GetItem and GET /me with one call in flight (A B A).
 */
export async function baselineAndGetMe(context: BenchContext, me: Identity) {
  const half = sizes.baselineMs / 2;
  const getMe: HttpScenario = {
    name: 'GET /me (profile exists)',
    method: 'GET',
    route: '/me',
    requests: [request('GET', '/me', me.token)],
    duration: sizes.durationSeconds / 2,
    note: 'runs interleaved with the bare GetItem and the HTTP floor (A B C C B A)',
  };
  const getMeAlone: HttpScenario = {
    ...getMe,
    name: 'GET /me (profile exists, 1 in flight)',
    connections: 1,
    duration: sizes.durationSeconds / 4,
    note: 'one request at a time, between two halves of the bare GetItem with 1 in flight (A B A)',
  };
  const server = await startHttpFloor(me.userId);
  const floor: HttpScenario = {
    name: 'baseline: HTTP floor (node:http + one GetItem, no gateway/auth/middleware)',
    method: 'GET',
    route: '/',
    requests: [request('GET', '/')],
    duration: sizes.durationSeconds / 2,
    url: server.url,
    note: 'one GetItem per request by construction (counted under background); interleaved with GET /me',
  };
  try {
    const bareRuns = [await bareLoop(context, me.userId, sizes.connections, half)];
    const floorRuns = [await runHttp(context, floor)];
    const meRuns = [await runHttp(context, getMe), await runHttp(context, getMe)];
    floorRuns.push(await runHttp(context, floor));
    bareRuns.push(await bareLoop(context, me.userId, sizes.connections, half));
    const bare = bareResult(sizes.connections, bareRuns);
    const httpFloor = httpResult(floor, mergeRuns(floorRuns));
    const meResult = httpResult(getMe, mergeRuns(meRuns));
    // one request at a time: latency on an idle machine, not a share of two saturated cores
    const singleRuns = [await bareLoop(context, me.userId, 1, half / 2)];
    const meAlone = [await runHttp(context, getMeAlone)];
    singleRuns.push(await bareLoop(context, me.userId, 1, half / 2));
    const single = bareResult(1, singleRuns);
    const getMeSingle = httpResult(getMeAlone, mergeRuns(meAlone));
    return { bare, httpFloor, single, getMe: meResult, getMeSingle };
  } finally {
    await server.close();
  }
}

/** GET /me by brand-new users (the profile is created); returns those it registered. */
export async function firstGetMe(
  context: BenchContext,
  users: Identity[],
): Promise<{ result: ScenarioResult; registered: Identity[] }> {
  const result = await measureHttp(context, {
    name: 'GET /me (first call: creates profile)',
    method: 'GET',
    route: '/me',
    requests: users.map((user) => request('GET', '/me', user.token)),
    amount: users.length,
    maxSeconds: sizes.capSeconds,
  });
  return { result, registered: users.slice(0, result.sent ?? 0) };
}

/** A registered user for the `GET /me` scenarios. */
export async function registeredUser(context: BenchContext): Promise<Identity> {
  const [me] = await newIdentities(1, 'me');
  if (!me) throw new Error('no identity');
  await context.api.expect(200, 'GET', '/me', { token: me.token });
  return me;
}
