import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';
import { JwksSchema, OpenIdConfigurationSchema, OrgSessionSchema } from '../../../shared/sessions/schemas.ts';

/** The sessions area's routes: one definition each (see CONTRIBUTING.md). */
export const sessionsRoutes = defineRoutes('sessions', {
  createOrgSession: {
    route: 'POST /orgs/{orgId}/session',
    summary: 'A short-lived session token for the platform’s services',
    description:
      'An ES256 JWT for the caller in this organization, for the platform’s own services to verify offline against `/.well-known/jwks.json`: `iss` (`ORG_TOKEN_ISSUER`, default the API’s base URL), `aud` (`ORG_TOKEN_AUDIENCE`, default `orgs-platform`), `sub`, `email`, `org_id`, `org_role`, `org_permissions`, `org_mode`, `iat`, `exp` (`ORG_TOKEN_TTL_SECONDS` ahead, default 300), `jti`. Blocked, removed and departed members get none (404), nor anyone while the deletion is scheduled. A token already issued ends with its `exp`: `member.blocked` and `member.removed` tell the services at once. The `/v1` platform routes and the exported authorizer accept it as they accept an API key. Nothing is stored, so the call is not idempotent: each call is a new token.',
    permission: 'org:read',
    request: { params: OrgIdParams },
    responses: { 201: { description: 'The token', schema: OrgSessionSchema } },
    tableActions: ['BatchGetItem'],
    orgTokenKeys: 'sign',
  },
  getJwks: {
    route: 'GET /.well-known/jwks.json',
    auth: 'public',
    summary: 'The public keys of organization session tokens',
    description:
      'The keys that sign organization session tokens, each with its `kid`. Cacheable for 5 minutes; a key is published here before it signs anything, so a cached set always knows the signing key.',
    responses: { 200: { description: 'JWK set', schema: JwksSchema } },
    tableActions: [],
    orgTokenKeys: 'verify',
  },
  getOpenIdConfiguration: {
    route: 'GET /.well-known/openid-configuration',
    auth: 'public',
    summary: 'Where the session tokens’ keys are, for JWT libraries',
    description:
      'The issuer of organization session tokens and its JWKS URI (OpenID Connect Discovery’s fields that a verifier needs).',
    responses: { 200: { description: 'Discovery document', schema: OpenIdConfigurationSchema } },
    tableActions: [],
  },
});
