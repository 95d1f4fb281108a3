import { bareLoop, bareResult } from './baseline.ts';
import { type HttpScenario, httpResult, measureHttp, mergeRuns, runHttp } from './http-scenario.ts';
import { type Identity, newIdentities } from './identities.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import { sizes } from './sizes.ts';

/**
 * Bare GetItem and GET /me (existing profile), interleaved (A B B A) so their
 * ratio is not skewed by drift; then the GetItem floor with one call in flight.
 */
export async function baselineAndGetMe(context: BenchContext, me: Identity) {
  const half = sizes.baselineMs / 2;
  const getMe: HttpScenario = {
    name: 'GET /me (profile exists)',
    method: 'GET',
    route: '/me',
    requests: [request('GET', '/me', me.token)],
    duration: sizes.durationSeconds / 2,
    note: 'runs interleaved with the bare GetItem (A B B A)',
  };
  const bareRuns = [await bareLoop(context, me.userId, sizes.connections, half)];
  const meRuns = [await runHttp(context, getMe), await runHttp(context, getMe)];
  bareRuns.push(await bareLoop(context, me.userId, sizes.connections, half));
  const bare = bareResult(sizes.connections, bareRuns);
  const meResult = httpResult(getMe, mergeRuns(meRuns));
  const single = bareResult(1, [await bareLoop(context, me.userId, 1, half)]);
  return { bare, single, getMe: meResult };
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
