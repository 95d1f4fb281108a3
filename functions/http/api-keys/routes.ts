import {
  ApiKeyPageSchema,
  ApiKeyParams,
  ApiKeyQuerySchema,
  ApiKeySchema,
  CreateApiKeySchema,
  CreatedApiKeySchema,
  PlatformOrganizationSchema,
  RollApiKeySchema,
  RolledApiKeySchema,
} from '../../../shared/api-keys/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import type { ErrorCode } from '../../../shared/platform/errors.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

const shownOnce =
  'A retry with the same `Idempotency-Key` (same caller, same body, within 24 h) answers the same key, secret included: the one time it is shown again (it is kept sealed with a key derived from the `Idempotency-Key` itself, never readable at rest).';

const keyRefusals: ErrorCode[] = [
  'API_KEY_INVALID',
  'API_KEY_REVOKED',
  'API_KEY_EXPIRED',
  'API_KEY_SUSPENDED',
];

/** The api-keys area's routes: one definition each (see CONTRIBUTING.md). */
export const apiKeysRoutes = defineRoutes('api-keys', {
  createApiKey: {
    route: 'POST /orgs/{orgId}/api-keys',
    idempotent: true,
    summary: 'Create an API key (the secret is shown once; honours Idempotency-Key)',
    description: `The response carries \`key\`, the secret, shown here only: store it now. Only its SHA-256 is kept. Format \`orgs_<test|live>_<33 base62 random characters><6 base62 CRC32 checksum>\`; \`start\` tells keys apart. A \`production\` key needs the organization in production mode (409 \`ORG_NOT_ACTIVE\`). \`expiresAt\` (optional) must be in the future. The key works only while its creator stays an active member with developer features; otherwise it is \`suspended\` until they are restored. The owner is emailed when a \`production\` key is created. ${shownOnce}`,
    permission: 'developer:keys',
    request: { params: OrgIdParams, body: CreateApiKeySchema },
    responses: {
      201: {
        description: 'Created; `key` is the secret',
        schema: CreatedApiKeySchema,
        headers: ['Location'],
      },
    },
    errors: ['ORG_NOT_ACTIVE', 'PAYMENT_REQUIRED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
    // the stored response's secret is sealed with a key derived from the cursor secret (sealed-replay.ts)
    secrets: ['cursor'],
  },
  listApiKeys: {
    route: 'GET /orgs/{orgId}/api-keys',
    summary: 'List API keys (never the secret)',
    description:
      'Never a secret. `status` is computed now: `revoked`, `expired`, `suspended` (its creator lost developer access) or `active`. `mode` and `status` filter each page, so a page may hold fewer than `limit` items while `nextCursor` is not null.',
    permission: 'developer:keys',
    request: { params: OrgIdParams, query: ApiKeyQuerySchema },
    responses: { 200: { description: 'A page of keys', schema: ApiKeyPageSchema } },
    tableActions: ['GetItem', 'Query', 'BatchGetItem'],
    secrets: ['cursor'],
  },
  getApiKey: {
    route: 'GET /orgs/{orgId}/api-keys/{keyId}',
    summary: 'One API key (never the secret)',
    description: 'One key, never its secret.',
    permission: 'developer:keys',
    request: { params: ApiKeyParams },
    responses: { 200: { description: 'The key', schema: ApiKeySchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  revokeApiKey: {
    route: 'DELETE /orgs/{orgId}/api-keys/{keyId}',
    summary: 'Revoke an API key: refused from the very next call',
    description:
      'Owner and admin revoke any key, a developer only the keys they created (403 otherwise). The very next call with the key is 401 `API_KEY_REVOKED`. Revoking a revoked key answers 204 again.',
    permission: 'developer:keys',
    request: { params: ApiKeyParams },
    responses: { 204: { description: 'Revoked', schema: null } },
    errors: ['CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
  },
  rollApiKey: {
    route: 'POST /orgs/{orgId}/api-keys/{keyId}/roll',
    idempotent: true,
    summary: 'Replace an API key with a new one; the old one works for a grace period',
    description: `Who may revoke the key may roll it. Creates a new key with the same name and mode (created by the caller, no expiry; its secret is shown once) and ends the old one: at once when \`expiresInSeconds\` is 0 (the default; it is then \`revoked\`), else it keeps working that many seconds (at most 86400, never past its own expiry) and is then refused as \`API_KEY_EXPIRED\`. A revoked, expired or already rolled key is 409 \`CONFLICT\`. ${shownOnce}`,
    permission: 'developer:keys',
    request: { params: ApiKeyParams, body: RollApiKeySchema.optional() },
    responses: {
      201: {
        description: 'The new key (with its secret) and the old one as it is now',
        schema: RolledApiKeySchema,
        headers: ['Location'],
      },
    },
    errors: ['CONFLICT', 'ORG_NOT_ACTIVE'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
    // the stored response's secret is sealed with a key derived from the cursor secret (sealed-replay.ts)
    secrets: ['cursor'],
  },
  getPlatformOrganization: {
    route: 'GET /v1/organization',
    auth: 'platform',
    summary: 'The organization and mode the calling API key or session token acts for',
    description:
      'The reference platform route: authorized by an API key (`Authorization: Bearer <key>` or `X-Api-Key: <key>`) or an organization session token (`Authorization: Bearer <token>` from `POST /orgs/{orgId}/session`), never by a user’s sign-in token. An expired session token, or one of an organization whose deletion is scheduled, is 401 `UNAUTHENTICATED`; a forged one is `API_KEY_INVALID`, as any unknown credential. A refused key is 401 with `WWW-Authenticate: Bearer` and the reason in `code`: `API_KEY_INVALID` (missing, malformed, bad checksum, unknown — a user JWT too), `API_KEY_REVOKED`, `API_KEY_EXPIRED`, `API_KEY_SUSPENDED` (its creator lost developer access, or the organization is scheduled for deletion). A live key of an organization not in production is 403 `ORG_NOT_ACTIVE`. Verification costs one DynamoDB round trip.',
    who: 'An API key or a session token of the organization.',
    responses: { 200: { description: 'Who the key acts for', schema: PlatformOrganizationSchema } },
    errors: [...keyRefusals, 'ORG_NOT_ACTIVE', 'PAYMENT_REQUIRED', 'UNAUTHENTICATED'],
    errorStatus: { ORG_NOT_ACTIVE: 403 },
    tableActions: ['GetItem', 'BatchGetItem', 'UpdateItem'],
    orgTokenKeys: 'verify',
  },
});
