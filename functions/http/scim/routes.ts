import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';
import {
  CreatedScimTokenSchema,
  CreateScimTokenSchema,
  ScimIdParams,
  ScimListQuery,
  ScimResourceSchema,
  ScimTokenPageSchema,
  ScimTokenParams,
  ScimTokenQuerySchema,
} from '../../../shared/scim/schemas.ts';

const SCIM_TOKEN_PERMISSION = 'access:manage' as const;

const scimTokenAuth =
  'Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12).';

/** The scim area: SCIM tokens (console) and the SCIM 2.0 service provider (`/scim/v2`). */
export const scimRoutes = defineRoutes('scim', {
  createScimToken: {
    route: 'POST /orgs/{orgId}/scim-tokens',
    idempotent: true,
    summary: 'Create a SCIM token (the secret is shown once)',
    description:
      'The response carries `token`, shown here only (a retry with the same `Idempotency-Key` answers it again, sealed at rest). Only its SHA-256 is kept. Format `orgs_scim_<33 base62 random characters><6 base62 CRC32 checksum>`. Counts the `scim` feature in use until revoked.',
    permission: SCIM_TOKEN_PERMISSION,
    feature: 'scim',
    request: { params: OrgIdParams, body: CreateScimTokenSchema.optional() },
    responses: {
      201: {
        description: 'Created; `token` is the secret',
        schema: CreatedScimTokenSchema,
        headers: ['Location'],
      },
    },
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem', 'UpdateItem'],
    secrets: ['cursor'],
  },
  listScimTokens: {
    route: 'GET /orgs/{orgId}/scim-tokens',
    summary: 'List SCIM tokens (never the secret)',
    description: 'Never a secret; revoked tokens stay listed with `revokedAt`.',
    permission: SCIM_TOKEN_PERMISSION,
    feature: 'scim',
    request: { params: OrgIdParams, query: ScimTokenQuerySchema },
    responses: { 200: { description: 'A page of tokens', schema: ScimTokenPageSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
  revokeScimToken: {
    route: 'DELETE /orgs/{orgId}/scim-tokens/{tokenId}',
    summary: 'Revoke a SCIM token: refused from the very next call',
    description: 'The very next SCIM call with the token is 401. Revoking a revoked token answers 204 again.',
    permission: SCIM_TOKEN_PERMISSION,
    request: { params: ScimTokenParams },
    responses: { 204: { description: 'Revoked', schema: null } },
    errors: ['CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem'],
  },
  getScimServiceProviderConfig: {
    route: 'GET /scim/v2/ServiceProviderConfig',
    auth: 'scim',
    summary: 'SCIM: what this service provider supports (RFC 7643 §5)',
    description: scimTokenAuth,
    who: 'A SCIM token of the organization.',
    responses: { 200: { description: 'The configuration', schema: ScimResourceSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  listScimResourceTypes: {
    route: 'GET /scim/v2/ResourceTypes',
    auth: 'scim',
    summary: 'SCIM: the resource types (RFC 7643 §6)',
    description: scimTokenAuth,
    who: 'A SCIM token of the organization.',
    responses: { 200: { description: 'A ListResponse of resource types', schema: ScimResourceSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  listScimSchemas: {
    route: 'GET /scim/v2/Schemas',
    auth: 'scim',
    summary: 'SCIM: the schemas (RFC 7643 §7)',
    description: scimTokenAuth,
    who: 'A SCIM token of the organization.',
    responses: { 200: { description: 'A ListResponse of schemas', schema: ScimResourceSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  createScimUser: {
    route: 'POST /scim/v2/Users',
    auth: 'scim',
    // honours Idempotency-Key, scoped to the token (identity providers rarely send one; userName is unique anyway)
    idempotent: true,
    summary: 'SCIM: provision a user (a member bound to the email)',
    description: `${scimTokenAuth} \`userName\` is the email. Listed \`invited\` until that person signs in; takes a seat while \`active\` (409 when the plan's limit is reached, nothing created). A taken \`userName\` is 409 \`uniqueness\`.`,
    who: 'A SCIM token of the organization.',
    request: { body: ScimResourceSchema },
    responses: {
      201: { description: 'The user', schema: ScimResourceSchema, headers: ['Location', 'ETag'] },
    },
    tableActions: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'ConditionCheckItem'],
    queryIndexes: ['byGsi1'],
  },
  getScimUser: {
    route: 'GET /scim/v2/Users/{id}',
    auth: 'scim',
    summary: 'SCIM: one user',
    description: scimTokenAuth,
    who: 'A SCIM token of the organization.',
    request: { params: ScimIdParams },
    responses: { 200: { description: 'The user', schema: ScimResourceSchema, headers: ['ETag'] } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  listScimUsers: {
    route: 'GET /scim/v2/Users',
    auth: 'scim',
    summary: 'SCIM: list or filter users',
    description: `${scimTokenAuth} \`filter\`: \`eq\` on \`userName\`, \`externalId\`, \`emails.value\`, \`id\`, combined with \`and\`/\`or\` and parentheses; anything else is 400 \`invalidFilter\`. \`startIndex\` (1-based), \`count\` (at most 100).`,
    who: 'A SCIM token of the organization.',
    request: { query: ScimListQuery },
    responses: { 200: { description: 'A ListResponse of users', schema: ScimResourceSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    queryIndexes: ['byGsi1', 'byDue'],
  },
  putScimUser: {
    route: 'PUT /scim/v2/Users/{id}',
    auth: 'scim',
    summary: 'SCIM: replace a user',
    description: `${scimTokenAuth} Honours \`If-Match\` (412 on a stale version).`,
    who: 'A SCIM token of the organization.',
    request: { params: ScimIdParams, body: ScimResourceSchema, headers: ['If-Match'] },
    responses: { 200: { description: 'The user', schema: ScimResourceSchema, headers: ['ETag'] } },
    tableActions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
  },
  updateScimUser: {
    route: 'PATCH /scim/v2/Users/{id}',
    auth: 'scim',
    summary: 'SCIM: change a user (PatchOp, as Okta and Entra send it)',
    description: `${scimTokenAuth} \`Operations\` with \`add\`, \`replace\`, \`remove\` in any case, with or without \`path\`; \`active\` as a boolean or "True"/"False". \`active: false\` blocks (frees the seat), \`true\` unblocks (takes one). Honours \`If-Match\`.`,
    who: 'A SCIM token of the organization.',
    request: { params: ScimIdParams, body: ScimResourceSchema, headers: ['If-Match'] },
    responses: { 200: { description: 'The user', schema: ScimResourceSchema, headers: ['ETag'] } },
    tableActions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
  },
  deleteScimUser: {
    route: 'DELETE /scim/v2/Users/{id}',
    auth: 'scim',
    summary: 'SCIM: remove a user (the membership too)',
    description: `${scimTokenAuth} The owner cannot be removed (409). Honours \`If-Match\`.`,
    who: 'A SCIM token of the organization.',
    request: { params: ScimIdParams, headers: ['If-Match'] },
    responses: { 204: { description: 'Removed', schema: null } },
    tableActions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
  },
});
