import { OrgIdParams } from '../orgs/schemas.ts';
import type { ErrorCode } from '../platform/errors.ts';
import type { RouteDoc } from '../platform/openapi/route-docs.ts';
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
} from './schemas.ts';

const shownOnce =
  'A retry with the same `Idempotency-Key` (same caller, same body, within 24 h) answers the same key, secret included: the one time it is shown again (it is kept sealed with a key derived from the `Idempotency-Key` itself, never readable at rest).';

const keyRefusals: ErrorCode[] = [
  'API_KEY_INVALID',
  'API_KEY_REVOKED',
  'API_KEY_EXPIRED',
  'API_KEY_SUSPENDED',
];

/** The API-key routes of infra/routes.ts (merged into routeDocs). */
export const apiKeyDocs: Record<string, RouteDoc> = {
  createApiKey: {
    description: `The response carries \`key\`, the secret, shown here only: store it now. Only its SHA-256 is kept. Format \`orgs_<test|live>_<33 base62 random characters><6 base62 CRC32 checksum>\`; \`start\` tells keys apart. A \`production\` key needs the organization in production mode (409 \`ORG_NOT_ACTIVE\`). \`expiresAt\` (optional) must be in the future. The key works only while its creator stays an active member with developer features; otherwise it is \`suspended\` until they are restored. The owner is emailed when a \`production\` key is created. ${shownOnce}`,
    permission: 'developer:use',
    request: { params: OrgIdParams, body: CreateApiKeySchema },
    responses: {
      201: {
        description: 'Created; `key` is the secret',
        schema: CreatedApiKeySchema,
        headers: ['Location'],
      },
    },
    errors: ['ORG_NOT_ACTIVE'],
  },
  listApiKeys: {
    description:
      'Never a secret. `status` is computed now: `revoked`, `expired`, `suspended` (its creator lost developer access) or `active`. `mode` and `status` filter each page, so a page may hold fewer than `limit` items while `nextCursor` is not null.',
    permission: 'developer:use',
    request: { params: OrgIdParams, query: ApiKeyQuerySchema },
    responses: { 200: { description: 'A page of keys', schema: ApiKeyPageSchema } },
  },
  getApiKey: {
    description: 'One key, never its secret.',
    permission: 'developer:use',
    request: { params: ApiKeyParams },
    responses: { 200: { description: 'The key', schema: ApiKeySchema } },
  },
  revokeApiKey: {
    description:
      'Owner and admin revoke any key, a developer only the keys they created (403 otherwise). The very next call with the key is 401 `API_KEY_REVOKED`. Revoking a revoked key answers 204 again.',
    permission: 'developer:use',
    request: { params: ApiKeyParams },
    responses: { 204: { description: 'Revoked', schema: null } },
    errors: ['CONFLICT'],
  },
  rollApiKey: {
    description: `Who may revoke the key may roll it. Creates a new key with the same name and mode (created by the caller, no expiry; its secret is shown once) and ends the old one: at once when \`expiresInSeconds\` is 0 (the default; it is then \`revoked\`), else it keeps working that many seconds (at most 86400, never past its own expiry) and is then refused as \`API_KEY_EXPIRED\`. A revoked, expired or already rolled key is 409 \`CONFLICT\`. ${shownOnce}`,
    permission: 'developer:use',
    request: { params: ApiKeyParams, body: RollApiKeySchema },
    responses: {
      201: {
        description: 'The new key (with its secret) and the old one as it is now',
        schema: RolledApiKeySchema,
        headers: ['Location'],
      },
    },
    errors: ['CONFLICT', 'ORG_NOT_ACTIVE'],
  },
  getPlatformOrganization: {
    description:
      'The reference platform route: authorized by an API key (`Authorization: Bearer <key>` or `X-Api-Key: <key>`), never by a user token. A refused key is 401 with `WWW-Authenticate: Bearer` and the reason in `code`: `API_KEY_INVALID` (missing, malformed, bad checksum, unknown — a user JWT too), `API_KEY_REVOKED`, `API_KEY_EXPIRED`, `API_KEY_SUSPENDED` (its creator lost developer access, or the organization is scheduled for deletion). A live key of an organization not in production is 403 `ORG_NOT_ACTIVE`. Verification costs one DynamoDB round trip.',
    who: 'An API key of the organization.',
    responses: { 200: { description: 'Who the key acts for', schema: PlatformOrganizationSchema } },
    errors: [...keyRefusals, 'ORG_NOT_ACTIVE'],
    errorStatus: { ORG_NOT_ACTIVE: 403 },
  },
};
