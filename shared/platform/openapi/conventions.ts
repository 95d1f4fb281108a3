import { type Permission, roles, rolesWith } from '../../members/domain/permissions.ts';
import { type ErrorCode, errorCatalog } from '../errors.ts';
import type { RequestHeader, RouteDefinition } from '../http/route-definition.ts';

/**
 * What every route answers by the shape of its definition, so a new route in
 * its area's routes.ts is documented completely by its definition:
 * a bearer token → 401; a body → 400, 413, 415; query or path parameters → 400;
 * a path parameter → 404; a permission not every role holds → 403; a POST with a
 * bearer token → `Idempotency-Key` (400, 422); a table or a secret → 503.
 */

export interface DerivationInput {
  route: RouteDefinition;
  hasBody: boolean;
  hasQueryOrParams: boolean;
  permission?: Permission;
  idempotent: boolean;
  errors: readonly ErrorCode[];
  /** a status other than the catalog's for a code (ORG_NOT_ACTIVE is 403 when a key is used) */
  errorStatus?: Partial<Record<ErrorCode, number>>;
}

/** Error codes a route can answer, grouped by status, in catalog order. */
export function problemCodesByStatus(input: DerivationInput): Map<number, ErrorCode[]> {
  const { route } = input;
  const codes = new Set<ErrorCode>(input.errors);
  // a user's token; the API-key routes list their own 401 codes
  if (route.auth === 'person') codes.add('UNAUTHENTICATED');
  if (input.hasBody) {
    codes.add('VALIDATION_FAILED');
    codes.add('PAYLOAD_TOO_LARGE');
    codes.add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (input.hasQueryOrParams) codes.add('VALIDATION_FAILED');
  if (input.idempotent) {
    codes.add('VALIDATION_FAILED');
    codes.add('IDEMPOTENCY_KEY_REUSED');
  }
  if (route.path.includes('{')) codes.add('NOT_FOUND');
  if (input.permission && rolesWith(input.permission).length < roles.length) codes.add('FORBIDDEN');
  if (route.feature) codes.add('PLAN_FEATURE_UNAVAILABLE');
  // the org's security policy (requireMfa) applies to every /orgs/{orgId} route checked by permission
  if (input.permission && route.auth === 'person' && /^\/orgs\/\{orgId\}(\/|$)/.test(route.path)) {
    codes.add('MFA_REQUIRED');
  }
  if (route.tableActions.length > 0 || (route.secrets?.length ?? 0) > 0) codes.add('UNAVAILABLE');
  codes.add('INTERNAL');
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of Object.keys(errorCatalog) as ErrorCode[]) {
    if (!codes.has(code)) continue;
    const status = input.errorStatus?.[code] ?? errorCatalog[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return byStatus;
}

/** The definition says which routes honour Idempotency-Key (`idempotent: true`). */
export const honoursIdempotencyKey = (route: RouteDefinition) => route.idempotent === true;

const ref = (kind: 'headers' | 'parameters', name: string) => ({ $ref: `#/components/${kind}/${name}` });

export const headerRef = (name: string) => ref('headers', name);
export const parameterRef = (name: string) => ref('parameters', name);

/** components.headers: the response headers, declared once. */
export const responseHeaders = {
  XRequestId: {
    description: 'The request id; equal to `requestId` in problem details. Quote it in support requests.',
    schema: { type: 'string', example: '4f1c2a9e-3b7d-4c55-9a0e-2d8f6b1e7c30' },
  },
  ETag: {
    description: 'The organization’s version, a strong ETag; send it back as `If-Match` or `If-None-Match`.',
    schema: { type: 'string', example: '"3"' },
  },
  Location: {
    description: 'The path of the created resource.',
    schema: { type: 'string', example: '/orgs/01JDX6Q4ZK8M3V7N2B5C9F0G1H' },
  },
  IdempotentReplayed: {
    description:
      '`true` when this is the stored response to an earlier request with the same `Idempotency-Key`.',
    schema: { type: 'string', enum: ['true'] },
  },
  WWWAuthenticate: {
    description: 'The Bearer challenge (RFC 6750), with `error="invalid_token"` when a token was sent.',
    schema: {
      type: 'string',
      example: 'Bearer error="invalid_token", error_description="The token has expired."',
    },
  },
  RetryAfter: {
    description: 'Seconds to wait before retrying.',
    schema: { type: 'integer', minimum: 0, example: 1 },
  },
} as const;

/** The component name of each response header by its HTTP name. */
export const responseHeaderNames = {
  'X-Request-Id': 'XRequestId',
  ETag: 'ETag',
  Location: 'Location',
  'Idempotent-Replayed': 'IdempotentReplayed',
  'WWW-Authenticate': 'WWWAuthenticate',
  'Retry-After': 'RetryAfter',
} as const satisfies Record<string, keyof typeof responseHeaders>;

/** components.parameters: the shared query parameters and the request headers. */
export const sharedParameters = {
  Limit: {
    name: 'limit',
    in: 'query',
    required: false,
    description: 'Page size: decimal digits, 1 to 100.',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
  },
  Cursor: {
    name: 'cursor',
    in: 'query',
    required: false,
    description:
      'The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400.',
    schema: { type: 'string', minLength: 1, maxLength: 2048 },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored.',
    schema: { type: 'string', minLength: 1, maxLength: 255, example: 'signup-7f3c9a' },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match.',
    schema: { type: 'string', example: '"3"' },
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'The `ETag` of a copy you hold: 304 without a body while it is current.',
    schema: { type: 'string', example: '"3"' },
  },
  StripeSignature: {
    name: 'Stripe-Signature',
    in: 'header',
    required: true,
    description:
      '`t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">` with the webhook secret, at most 5 minutes old (set by Stripe).',
    schema: {
      type: 'string',
      example: 't=1764583200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
    },
  },
} as const;

export const requestHeaderParameter: Record<RequestHeader, keyof typeof sharedParameters> = {
  'If-Match': 'IfMatch',
  'If-None-Match': 'IfNoneMatch',
  'Stripe-Signature': 'StripeSignature',
};

/** Descriptions of path and query parameters by name (limit and cursor are shared components). */
export const parameterDescriptions: Record<string, string> = {
  orgId: 'The organization’s id.',
  workspaceId: 'The workspace’s id.',
  invitationId: 'The invitation’s id (from the invitation email or a list).',
  userId: 'The member’s user id.',
  key: 'A custom role’s key (built-in roles are fixed).',
  status: 'Only entries with this status.',
  role: 'Only members with this role.',
  action: 'Only entries with this action, e.g. `workspace.created`.',
  keyId: 'The API key’s id (not the secret).',
  mode: 'Only keys of this mode (`sandbox` keys are `orgs_test_…`, `production` keys `orgs_live_…`).',
  endpointId: 'The webhook endpoint’s id.',
  deliveryId: 'The delivery’s id (from the delivery log).',
  asset: 'Which image: `logo`, `banner` or `badge`.',
  uploadId: 'The upload’s id (from creating the upload).',
  domainId: 'The domain’s id (from adding it or the list).',
  requestId: 'The join request’s id (from the list).',
  tokenId: 'The SCIM token’s id (not the secret).',
  id: 'The SCIM resource’s id.',
  filter:
    'A SCIM filter (RFC 7644 §3.4.2.2): `eq` with `and`/`or`; Users on `userName`, `externalId`, `emails.value`, `id`; Groups on `displayName`, `externalId`, `id`.',
  excludedAttributes:
    'Attributes left out of the answer (RFC 7644 §3.9): `members` leaves a group’s members out.',
  startIndex: 'The 1-based index of the first result (default 1).',
  count: 'At most this many results (default and maximum 100).',
};
