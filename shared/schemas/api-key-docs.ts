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
} from './api-keys.ts';
import { OrgIdParams } from './orgs.ts';
import type { RouteDoc } from './route-docs.ts';

const idempotency =
  'Send an `Idempotency-Key` header to retry safely: the same key and body within 24 h answer the first response (header `Idempotent-Replayed: true`), secret included — the one time it is shown again, and only to that caller with that key; another body is 422 `IDEMPOTENCY_KEY_REUSED`.';

const keyRefusals = ['API_KEY_INVALID', 'API_KEY_REVOKED', 'API_KEY_EXPIRED', 'API_KEY_SUSPENDED'];

/** The API-key routes of infra/routes.ts (merged into routeDocs). */
export const apiKeyDocs: Record<string, RouteDoc> = {
  createApiKey: {
    description: `Owner, admin and developer. The response carries \`key\`, the secret, shown here only: store it now. Only its SHA-256 is kept. Format \`orgs_<test|live>_<33 base62 random characters><6 base62 CRC32 checksum>\`; \`start\` tells keys apart. A \`production\` key needs the organization in production mode (409 \`ORG_NOT_ACTIVE\`). \`expiresAt\` (optional) must be in the future. The key works only while its creator stays an active member with developer features; otherwise it is \`suspended\` until they are restored. The owner is emailed when a \`production\` key is created. ${idempotency}`,
    request: { params: OrgIdParams, body: CreateApiKeySchema },
    responses: {
      201: { description: 'Created (Location header); `key` is the secret', schema: CreatedApiKeySchema },
    },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'ORG_NOT_ACTIVE', 'IDEMPOTENCY_KEY_REUSED'],
  },
  listApiKeys: {
    description:
      'Owner, admin and developer; never a secret. `status` is computed now: `revoked`, `expired`, `suspended` (creator lost developer access) or `active`. `mode` and `status` filter each page, so a page may hold fewer than `limit` items while `nextCursor` is not null.',
    request: { params: OrgIdParams, query: ApiKeyQuerySchema },
    responses: { 200: { description: 'A page of keys', schema: ApiKeyPageSchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  getApiKey: {
    description: 'Owner, admin and developer; never the secret.',
    request: { params: ApiKeyParams },
    responses: { 200: { description: 'The key', schema: ApiKeySchema } },
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  },
  revokeApiKey: {
    description:
      'Owner and admin revoke any key, a developer only the keys they created (403 otherwise). The very next call with the key is 401 `API_KEY_REVOKED`. Revoking a revoked key is 204 again.',
    request: { params: ApiKeyParams },
    responses: { 204: { description: 'Revoked', schema: null } },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  },
  rollApiKey: {
    description: `Who may revoke the key may roll it. Creates a new key with the same name and mode (created by the caller, no expiry; the secret is shown once) and ends the old one: at once when \`expiresInSeconds\` is 0 (the default; it is then \`revoked\`), else it keeps working that many seconds (at most 86400, never past its own expiry) and is then refused as \`API_KEY_EXPIRED\`. A revoked, expired or already rolled key is 409 \`CONFLICT\`. ${idempotency}`,
    request: { params: ApiKeyParams, body: RollApiKeySchema },
    responses: {
      201: {
        description: 'The new key (with its secret) and the old one as it is now',
        schema: RolledApiKeySchema,
      },
    },
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'ORG_NOT_ACTIVE', 'IDEMPOTENCY_KEY_REUSED'],
  },
  getPlatformOrganization: {
    description:
      'The reference platform route: authorized by an API key (`Authorization: Bearer <key>` or `X-Api-Key: <key>`), never by a user token. A refused key is 401 with `WWW-Authenticate: Bearer` and the reason in `code`: `API_KEY_INVALID` (missing, malformed, bad checksum, unknown — a user JWT too), `API_KEY_REVOKED`, `API_KEY_EXPIRED`, `API_KEY_SUSPENDED` (its creator lost developer access, or the organization is scheduled for deletion). A live key of an organization not in production is 403 `ORG_NOT_ACTIVE`. Verification costs one DynamoDB round trip.',
    responses: { 200: { description: 'Who the key acts for', schema: PlatformOrganizationSchema } },
    errors: [...keyRefusals, 'ORG_NOT_ACTIVE'],
    errorStatus: { ORG_NOT_ACTIVE: 403 },
  },
};
