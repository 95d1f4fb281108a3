import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import { assertPlanFeature } from '../../billing/plan-features.ts';
import { accessOf } from '../../members/access.ts';
import type { MemberRecord } from '../../members/domain/membership.ts';
import type { Permission } from '../../members/domain/permissions.ts';
import type { OrgRecord } from '../../orgs/domain/org.ts';
import { scimAuth } from '../../scim/auth.ts';
import { scimErrors } from '../../scim/errors.ts';
import type { ScimPrincipal } from '../../scim/tokens.ts';
import type { PlatformPrincipal } from '../../sessions/platform-credential.ts';
import { earlyTimeoutMs } from '../config/budgets.ts';
import { unavailable } from '../dependency-faults.ts';
import {
  type Idempotency,
  idempotencyKeyOf,
  idempotencyOf,
  recordResponse,
  replayFrom,
  replayOf,
} from '../idempotency/idempotency.ts';
import { logger, withInvocationLogger } from '../logger.ts';
import { type Caller, prefetchJwks } from './auth.ts';
import { authenticate, bodyLimit, jsonBody, platformAuth, problemErrors, validate } from './middlewares.ts';
import { type RouteEvent, type RouteResult, requestIdOf } from './request.ts';
import type { RouteDefinition } from './route-definition.ts';

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;
type RequestPart<D extends RouteDefinition, P extends 'body' | 'query' | 'params'> = D['request'] extends {
  readonly [K in P]: infer S;
}
  ? Infer<S>
  : undefined;

/** Set when `route()` checked the definition's permission: the caller's membership and the org. */
type Checked<D extends RouteDefinition, T> = D extends { readonly permissionCheckedBy: 'handler' }
  ? undefined
  : D extends { readonly permission: Permission }
    ? T
    : undefined;

export interface RouteRequest<D extends RouteDefinition> {
  body: RequestPart<D, 'body'>;
  query: RequestPart<D, 'query'>;
  params: RequestPart<D, 'params'>;
  caller: D['auth'] extends 'person' ? Caller : undefined;
  platform: D['auth'] extends 'platform' ? PlatformPrincipal : undefined;
  scim: D['auth'] extends 'scim' ? ScimPrincipal : undefined;
  /** the caller's membership, read now and holding the route's permission */
  actor: Checked<D, MemberRecord>;
  /** the organization of `{orgId}`, read with the membership */
  org: Checked<D, OrgRecord>;
  headers: Record<string, string | undefined>;
  requestId: string;
  event: RouteEvent;
  /**
   * From the `Idempotency-Key` header on an `idempotent` route (undefined without
   * one). Hand it to `idempotently()` so the response record joins the transaction.
   */
  idempotency: Idempotency | undefined;
  /** the items of `RouteOptions.readWithAccess`'s keys, in order (undefined: absent) */
  readWithAccess: (Record<string, unknown> | undefined)[];
}

/** What `readWithAccess` may look at to name the keys it needs (validated already). */
export interface AccessReadRequest<D extends RouteDefinition> {
  params: RequestPart<D, 'params'>;
  body: RequestPart<D, 'body'>;
  caller: Caller;
}

export interface RouteOptions<D extends RouteDefinition = RouteDefinition> {
  /**
   * Keys the handler needs, read in the same BatchGetItem as the caller's membership and
   * the org (consistent reads): one round trip for the permission check and the facts.
   */
  readWithAccess?: (request: AccessReadRequest<D>) => { PK: string; SK: string }[];
  /** turns a replayed stored response into the answer (e.g. opens a sealed "shown once" secret) */
  onReplay?: (
    result: RouteResult,
    idempotency: Idempotency,
    headers: Record<string, string | undefined>,
  ) => RouteResult | Promise<RouteResult>;
}

export type RouteHandler = (
  event: RouteEvent,
  context?: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** What the middlewares validate: the definition's schemas, less a body its handler checks itself. */
const requestSchemasOf = ({ request = {}, bodyCheckedBy }: RouteDefinition) =>
  bodyCheckedBy === 'handler' ? { ...request, body: undefined } : request;

/** Keys are scoped to the caller and the resource: the same key elsewhere is another request. */
const idempotencyScope = (event: RouteEvent) =>
  `${event.requestContext?.http?.method ?? 'POST'} ${event.rawPath}:${event.caller?.userId ?? (event.scim ? `scim:${event.scim.tokenId}` : 'anonymous')}`;

/**
 * A thin HTTP handler for one route definition: middlewares authenticate, parse and
 * validate; the definition's permission is checked on the membership as it is now; only
 * then is a stored idempotent response replayed; `run` calls the domain and returns a
 * result; errors become problem+json in one place. A dependency that fails or is slower
 * than the function's time left is a 503.
 */
export function route<const D extends RouteDefinition>(
  def: D,
  run: (request: RouteRequest<D>) => Promise<RouteResult>,
  options: RouteOptions<D> = {},
): RouteHandler {
  const chain = middy<RouteEvent, APIGatewayProxyStructuredResultV2>({
    timeoutEarlyInMillis: earlyTimeoutMs(),
    timeoutEarlyResponse: () => {
      throw unavailable('timeout');
    },
  })
    .use(def.auth === 'scim' ? scimErrors() : problemErrors())
    .use(bodyLimit(def.maxBodyBytes))
    .use(jsonBody());
  if (def.auth === 'platform') chain.use(platformAuth());
  else if (def.auth === 'scim') chain.use(scimAuth());
  else if (def.auth === 'person') {
    chain.use(authenticate());
    prefetchJwks();
  }
  const checkPermission = def.permission !== undefined && def.permissionCheckedBy !== 'handler';
  const handler = chain.use(validate(requestSchemasOf(def))).handler(async (event) => {
    const requestId = requestIdOf(event);
    // a malformed Idempotency-Key header is refused only after the permission check
    let idempotency: Idempotency | undefined;
    let badIdempotencyKey: unknown;
    try {
      idempotency = def.idempotent
        ? idempotencyOf(event.headers ?? {}, idempotencyScope(event), event.jsonBody)
        : undefined;
    } catch (error) {
      badIdempotencyKey = error;
    }
    const access = checkPermission ? await accessFor(def, event, options, idempotency) : undefined;
    if (def.feature && access) assertPlanFeature(access.org, def.feature);
    if (badIdempotencyKey) throw badIdempotencyKey;
    // the stored response was read with the access check when there was one
    const replay = idempotency
      ? access
        ? replayFrom(idempotency, access.storedResponse)
        : await replayOf(idempotency)
      : undefined;
    if (replay && idempotency) {
      return toResponse(
        (await options.onReplay?.(replay, idempotency, event.headers ?? {})) ?? replay,
        requestId,
      );
    }
    if (idempotency) idempotency.replayChecked = true;
    const result = await run({
      body: event.validated?.body,
      query: event.validated?.query,
      params: event.validated?.params,
      caller: event.caller,
      platform: event.platform,
      scim: event.scim,
      actor: access?.member,
      org: access?.org,
      headers: event.headers ?? {},
      requestId,
      event,
      idempotency,
      readWithAccess: access?.extra ?? [],
    } as RouteRequest<D>);
    const status = result.status ?? 200;
    if (idempotency && !idempotency.recorded && status < 300) await recordResponse(idempotency, result);
    return toResponse(result, requestId);
  });

  let coldStart = true;
  const invoke = (event: RouteEvent, context?: Context) => {
    const keys = { requestId: requestIdOf(event), route: event.routeKey };
    const invocation = { context, coldStart, keys };
    coldStart = false;
    return withInvocationLogger(invocation, async () => {
      const started = performance.now();
      const response = await handler(event, context as Context);
      // API Gateway's access log has every request deployed (the local gateway prints one
      // line each): the handler's own line is a debug detail, or a warning on a 5xx
      const status = response?.statusCode ?? 500;
      const line = {
        method: event.requestContext?.http?.method,
        status,
        durationMs: Math.round(performance.now() - started),
      };
      if (status >= 500) logger.warn('request', line);
      else logger.debug('request', line);
      return response;
    });
  };
  return invoke;
}

/**
 * The definition's permission on the caller's membership, read now with the org, the
 * handler's `readWithAccess` keys and the idempotency record: one BatchGetItem.
 */
async function accessFor<D extends RouteDefinition>(
  def: D,
  event: RouteEvent,
  options: RouteOptions<D>,
  idempotency: Idempotency | undefined,
) {
  const params = event.validated?.params as { orgId?: string } | undefined;
  const caller = event.caller;
  if (!def.permission || !caller || !params?.orgId) return undefined;
  const wanted =
    options.readWithAccess?.({
      params: event.validated?.params as RequestPart<D, 'params'>,
      body: event.validated?.body as RequestPart<D, 'body'>,
      caller,
    }) ?? [];
  const recordKey = idempotency ? [idempotencyKeyOf(idempotency)] : [];
  const { extra, ...access } = await accessOf(params.orgId, caller, def.permission, def.ownerWhileDeleting, [
    ...wanted,
    ...recordKey,
  ]);
  return { ...access, extra: extra.slice(0, wanted.length), storedResponse: extra[wanted.length] };
}

function toResponse(result: RouteResult, requestId: string): APIGatewayProxyStructuredResultV2 {
  const status = result.status ?? 200;
  const hasBody = result.body !== undefined && status !== 204;
  return {
    statusCode: status,
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      'cache-control': 'no-store',
      'x-request-id': requestId,
      ...result.headers,
    },
    body: hasBody ? JSON.stringify(result.body) : '',
  };
}
