import {
  AddDomainSchema,
  CreatedJoinRequestSchema,
  DomainPageSchema,
  DomainParams,
  DomainSchema,
  JoinRequestPageSchema,
  JoinRequestParams,
  JoinRequestQuerySchema,
  JoinRequestSchema,
  SuggestedOrganizationListSchema,
  UpdateDomainSchema,
} from '../../../shared/domains/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';

/** The domains area's routes: verified domains and joining by domain (see docs/features/domains.md). */
export const domainsRoutes = defineRoutes('domains', {
  createDomain: {
    route: 'POST /orgs/{orgId}/domains',
    idempotent: true,
    summary: 'Add an email domain to verify (plans with `domains`)',
    description:
      'Answers the TXT record to publish: `recordName` (`_orgs-challenge.<domain>`) and `recordValue` (a fresh random token); then call verify. The domain is stored lower-case, an IDN in its A-label form (`bücher.de` → `xn--bcher-kva.de`). Free-mail providers and public suffixes (`gmail.com`, `com`, `co.uk`, `github.io`: the Public Suffix List) are 400 `DOMAIN_NOT_ALLOWED`; a domain verified by another organization is 409 `DOMAIN_TAKEN`; the same domain twice in one organization is 409 `CONFLICT`. Subdomains are separate domains; reserved names (`example.com`, `.test`) are not refused: DNS proof decides.',
    permission: 'access:manage',
    feature: 'domains',
    request: { params: OrgIdParams, body: AddDomainSchema },
    responses: { 201: { description: 'Pending domain', schema: DomainSchema, headers: ['Location'] } },
    errors: ['DOMAIN_NOT_ALLOWED', 'DOMAIN_TAKEN', 'CONFLICT', 'PLAN_FEATURE_UNAVAILABLE'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
  },
  listDomains: {
    route: 'GET /orgs/{orgId}/domains',
    summary: 'List the organization’s domains',
    description:
      'Every domain of the organization, pending, verified or unverified, with the record to publish.',
    permission: 'access:manage',
    feature: 'domains',
    request: { params: OrgIdParams, query: PageQuerySchema },
    responses: { 200: { description: 'Domains', schema: DomainPageSchema } },
    errors: ['PLAN_FEATURE_UNAVAILABLE'],
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
  verifyDomain: {
    route: 'POST /orgs/{orgId}/domains/{domainId}/verify',
    idempotent: true,
    summary: 'Verify a domain by its DNS TXT record, now',
    description:
      'Reads the TXT records of `recordName` now (through `DNS_SERVERS`): the token found → 200 `verified` (audited, `domain.verified` sent); else 409 `DOMAIN_NOT_VERIFIED` whose detail says what was found (no such name and no TXT record are 409 too). A resolver that does not answer in time is 503 `UNAVAILABLE` with `Retry-After`, never a "not verified". One organization per verified domain: of two verifying the same domain, exactly one wins, the other gets 409 `DOMAIN_TAKEN`. Verified domains are re-checked daily; a record missing for 3 days turns the domain `unverified`.',
    permission: 'access:manage',
    feature: 'domains',
    request: { params: DomainParams },
    responses: { 200: { description: 'Verified domain', schema: DomainSchema } },
    errors: ['DOMAIN_NOT_VERIFIED', 'DOMAIN_TAKEN', 'PLAN_FEATURE_UNAVAILABLE'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem', 'UpdateItem'],
  },
  updateDomain: {
    route: 'PATCH /orgs/{orgId}/domains/{domainId}',
    summary: 'Set how people on a verified domain join',
    description:
      '`enrollment`: `none`; `suggest` (people on the domain see the organization in `GET /me/suggested-organizations` and may ask to join); `auto_invite` (every registered user whose verified email is on the domain, now or when they register later, gets one pending invitation with `role`, inviter "the organization", emailed once; declined ones are not re-created). `role`: any role but owner. Enrollment other than `none` needs a `verified` domain (409 `DOMAIN_NOT_VERIFIED`).',
    permission: 'access:manage',
    feature: 'domains',
    request: { params: DomainParams, body: UpdateDomainSchema },
    responses: { 200: { description: 'Updated domain', schema: DomainSchema } },
    errors: ['DOMAIN_NOT_VERIFIED', 'PLAN_FEATURE_UNAVAILABLE'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem', 'UpdateItem'],
    queryIndexes: ['byDue'],
  },
  deleteDomain: {
    route: 'DELETE /orgs/{orgId}/domains/{domainId}',
    summary: 'Remove a domain (its enrollment ends at once)',
    description:
      'Removes the domain; a verified one is released (another organization may verify it) and its enrollment ends at once: no more suggestions, join requests or auto-invitations through it. Pending auto-invitations from it can no longer be accepted.',
    permission: 'access:manage',
    feature: 'domains',
    request: { params: DomainParams },
    responses: { 204: { description: 'Removed', schema: null } },
    errors: ['PLAN_FEATURE_UNAVAILABLE'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'PutItem', 'UpdateItem'],
  },
  listSuggestedOrganizations: {
    route: 'GET /me/suggested-organizations',
    summary: 'Organizations the caller may ask to join, by their email domain',
    description:
      'Organizations with a verified `suggest` domain equal to the domain of the caller’s verified email, where the caller is not a member. An unverified email sees none.',
    responses: { 200: { description: 'Suggestions', schema: SuggestedOrganizationListSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  createJoinRequest: {
    route: 'POST /orgs/{orgId}/join-requests',
    idempotent: true,
    summary: 'Ask to join an organization suggested by your email domain',
    description:
      'The caller’s verified email must be on a verified `suggest` domain of the organization (else 404, the organization reveals nothing). One pending request per person per organization (409 `JOIN_REQUEST_PENDING`); members are 409 `ALREADY_MEMBER`. Outside the invitation rate caps.',
    who: 'A user whose verified email is on one of the organization’s `suggest` domains.',
    request: { params: OrgIdParams },
    responses: { 201: { description: 'Pending request', schema: CreatedJoinRequestSchema } },
    errors: ['JOIN_REQUEST_PENDING', 'ALREADY_MEMBER', 'EMAIL_DOMAIN_NOT_ALLOWED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem'],
  },
  listJoinRequests: {
    route: 'GET /orgs/{orgId}/join-requests',
    summary: 'List join requests',
    description: 'The organization’s join requests, optionally by status.',
    permission: 'members:invite',
    request: { params: OrgIdParams, query: JoinRequestQuerySchema },
    responses: { 200: { description: 'Join requests', schema: JoinRequestPageSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
  approveJoinRequest: {
    route: 'POST /orgs/{orgId}/join-requests/{requestId}/approve',
    idempotent: true,
    summary: 'Approve a join request: the requester becomes an active member',
    description:
      'The requester becomes an active member with the domain’s role, taking a seat: the plan’s member limit holds under races (409 `MEMBER_LIMIT_REACHED`, nothing changed). A request already answered is 409 `CONFLICT`. The requester is emailed.',
    permission: 'members:invite',
    request: { params: JoinRequestParams },
    responses: { 200: { description: 'Approved request', schema: JoinRequestSchema } },
    errors: ['MEMBER_LIMIT_REACHED', 'ALREADY_MEMBER', 'CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
  },
  denyJoinRequest: {
    route: 'POST /orgs/{orgId}/join-requests/{requestId}/deny',
    idempotent: true,
    summary: 'Deny a join request',
    description: 'A request already answered is 409 `CONFLICT`. The requester is emailed.',
    permission: 'members:invite',
    request: { params: JoinRequestParams },
    responses: { 200: { description: 'Denied request', schema: JoinRequestSchema } },
    errors: ['CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
  },
});
