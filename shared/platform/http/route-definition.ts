/**
 * A route's facts, declared once in its area's `functions/http/<area>/routes.ts`: the
 * CDK stack (function, grants, HTTP route), the local gateway, `route()` (auth, permission,
 * idempotency, validation), the OpenAPI document, the console's typed client and the
 * permission-matrix test all read the same definition. Pure data: no I/O, no CDK.
 */
import type * as z from 'zod';
import type { table } from '../../../infra/table.ts';
import type { PlanFeature } from '../../billing/domain/plans.ts';
import type { Permission } from '../../members/domain/permissions.ts';
import type { ErrorCode } from '../errors.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TableAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchWriteItem'
  | 'ConditionCheckItem';

export type Secret = 'cursor' | 'stripe';

/** A GSI by its key in infra/table.ts (`table.indexes`). */
export type TableIndex = keyof typeof table.indexes;

/** What a function may touch: granted in IAM deployed, enforced by the local stack's clients. */
export interface FunctionGrants {
  /** actions on the table itself (`Query` = a Query of the table's own keys) */
  readonly tableActions: readonly TableAction[];
  /** the GSIs it Queries: `dynamodb:Query` is granted on these index ARNs only */
  readonly queryIndexes?: readonly TableIndex[];
  readonly secrets?: readonly Secret[];
  /** background functions it invokes (lambda:InvokeFunction on exactly those) */
  readonly invokes?: readonly 'webhookDeliver'[];
  /** S3 actions on the branding bucket, each under one key prefix (never the whole bucket) */
  readonly storage?: readonly StorageGrant[];
  /** key prefixes of the branding bucket it may list (s3:ListBucket with an s3:prefix condition) */
  readonly listsStorage?: readonly string[];
  /** tells the branding CDN to drop deleted images (cloudfront:CreateInvalidation on its distribution) */
  readonly invalidatesCdn?: boolean;
  /** sends email (ses:SendEmail and ses:SendRawEmail on the sender's identities) */
  readonly sendsEmail?: boolean;
  /**
   * The organization-session signing keys in KMS: `sign` (kms:Sign with the signing key, and
   * kms:GetPublicKey) or `verify` (kms:GetPublicKey of the published keys only).
   */
  readonly orgTokenKeys?: 'sign' | 'verify';
}

export type StorageAction = 's3:GetObject' | 's3:GetObjectVersion' | 's3:PutObject' | 's3:DeleteObject';

export interface StorageGrant {
  readonly actions: readonly StorageAction[];
  /** a key prefix such as `uploads/` */
  readonly prefix: string;
}

export interface FunctionDef extends FunctionGrants {
  /** function name (and, for a route, the OpenAPI operationId) */
  readonly id: string;
  /** module path from the project root; it exports `handler` */
  readonly handler: string;
  /** CDK nested stack; default: the handler's folder (see infra/areas.ts) */
  readonly area?: string;
}

/**
 * Who may call: `person`, a user's JWT; `platform`, an organization's API key or one of its
 * session tokens (the `/v1` platform routes); `scim`, an organization's SCIM token (the
 * `/scim/v2` routes, which answer SCIM errors); `public`, nobody in particular (the contract's
 * public routes).
 */
export type RouteAuth = 'person' | 'platform' | 'scim' | 'public';

export type RequestHeader = 'If-Match' | 'If-None-Match' | 'Stripe-Signature';
export type ResponseHeader = 'ETag' | 'Location';

export interface ResponseDoc {
  readonly description: string;
  /** the JSON body; null: no body */
  readonly schema: z.ZodType | null;
  /** headers besides X-Request-Id (and Idempotent-Replayed, added for idempotent routes) */
  readonly headers?: readonly ResponseHeader[];
}

export interface RouteRequestSchemas {
  readonly body?: z.ZodType;
  readonly query?: z.ZodObject;
  readonly params?: z.ZodObject;
  readonly headers?: readonly RequestHeader[];
}

/** How an area declares a route (`defineRoutes` derives the rest). */
export interface RouteSpec extends FunctionGrants {
  /** `<METHOD> <path>`, as API Gateway names a route; path parameters in braces */
  readonly route: `${HttpMethod} /${string}`;
  /** default `person` */
  readonly auth?: RouteAuth;
  /**
   * The permission `route()` checks against the caller's membership of `{orgId}`, read
   * now, before any idempotent replay: a non-member gets 404, a member without it 403.
   */
  readonly permission?: Permission;
  /**
   * The handler checks access itself (e.g. a member may leave without `members:manage`);
   * `permission` then only documents the usual requirement and `who` says the rest.
   */
  readonly permissionCheckedBy?: 'handler';
  /** While the deletion is scheduled its owner still passes (reads the org to restore it). */
  readonly ownerWhileDeleting?: boolean;
  /**
   * The plan feature the route needs (checked by `route()` after the permission, on the
   * org's `planId` as read now): 403 PLAN_FEATURE_UNAVAILABLE on a plan without it.
   */
  readonly feature?: PlanFeature;
  /** who else may call it, in words (e.g. "The invitee only.") */
  readonly who?: string;
  /** honours `Idempotency-Key` (every POST that creates or changes state) */
  readonly idempotent?: boolean;
  /**
   * The handler reads the raw body itself (a signed webhook checks the signature first);
   * `request.body` then only documents it.
   */
  readonly bodyCheckedBy?: 'handler';
  /** a larger body limit than the default 64 KiB (e.g. the Stripe webhook) */
  readonly maxBodyBytes?: number;
  readonly summary: string;
  readonly description: string;
  readonly request?: RouteRequestSchemas;
  /** status → response */
  readonly responses: Readonly<Record<number, ResponseDoc>>;
  /** error codes this route can answer besides the derived ones (openapi/conventions.ts) */
  readonly errors?: readonly ErrorCode[];
  /** for a code the contract gives two statuses (ORG_NOT_ACTIVE): the one this route answers */
  readonly errorStatus?: Partial<Record<ErrorCode, number>>;
}

export interface RouteDefinition extends Omit<RouteSpec, 'route' | 'auth'>, FunctionDef {
  readonly id: string;
  readonly area: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly auth: RouteAuth;
}

type Defined<A extends string, R extends Record<string, RouteSpec>> = {
  readonly [K in keyof R & string]: Omit<R[K], 'route' | 'auth'> & {
    readonly id: K;
    readonly area: A;
    readonly method: HttpMethod;
    readonly path: string;
    readonly handler: string;
    readonly auth: R[K] extends { readonly auth: infer X extends RouteAuth } ? X : 'person';
  };
};

const kebab = (id: string) => id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * An area's routes by id: the key is the function name and the OpenAPI operationId; the
 * handler is the module named after it, `functions/http/<area>/<kebab-id>.ts`.
 */
export function defineRoutes<const A extends string, const R extends Record<string, RouteSpec>>(
  area: A,
  routes: R,
): Defined<A, R> {
  return Object.fromEntries(
    Object.entries(routes).map(([id, { route, auth = 'person', ...spec }]) => {
      const [method, path] = route.split(' ') as [HttpMethod, string];
      const handler = `functions/http/${area}/${kebab(id)}.ts`;
      return [id, { ...spec, id, area, method, path, handler, auth }];
    }),
  ) as Defined<A, R>;
}
