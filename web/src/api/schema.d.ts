/**
 * Generated from the API's live /openapi.json by `npm run client` (openapi-typescript).
 * Do not edit: a test fails when this file differs from what the API serves.
 */

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys of organization session tokens
         * @description The keys that sign organization session tokens, each with its `kid`. Cacheable for 5 minutes; a key is published here before it signs anything, so a cached set always knows the signing key.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the session tokens’ keys are, for JWT libraries
         * @description The issuer of organization session tokens and its JWKS URI (OpenID Connect Discovery’s fields that a verifier needs).
         */
        get: operations["getOpenIdConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Liveness: answers while the function runs. It checks no dependency.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: whether each dependency answers (503 names the ones down)
         * @description Readiness: checks each dependency the API needs (the table) with a bounded timeout (`READINESS_TIMEOUT_MS`, default 1 s). 503 `UNAVAILABLE` with `Retry-After` when one is down; its `detail` names it and why (`timeout`, `unreachable`, `busy`, `error`), e.g. "Not ready: dynamodb is down (timeout)."
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation (the invitee)
         * @description The invitee only: the caller’s verified email must equal the invited email (403 `INVITATION_EMAIL_MISMATCH`). One transaction marks the invitation accepted, creates the membership with the invited role and takes a seat (409 `MEMBER_LIMIT_REACHED` when none is free). Access ends with the people who granted it: the inviter must still be an active member allowed to invite; otherwise the invitation becomes revoked (listed with status `revoked`) and the answer is 410 `INVITATION_REVOKED`.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an invitation (the invitee)
         * @description The invitee only: the caller’s verified email must equal the invited email (403 `INVITATION_EMAIL_MISMATCH`). The invitation ends; the organization can invite the same email again.
         */
        post: operations["declineInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s profile (created on first call)
         * @description The first call with a valid token registers the user: from then on they can be invited by their verified email. `defaultOrgId` is never an organization where the caller is not active, nor one whose deletion is scheduled (except for its owner, who may restore it).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update name or the default organization (the org switcher)
         * @description Changes the display name or the default organization (the org switcher); `defaultOrgId` must be an organization where the caller is an active member and whose deletion is not scheduled (400 otherwise).
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending, unexpired invitations to the caller's verified email
         * @description Pending, unexpired invitations addressed to the caller’s verified email, each with the organization’s name and logo and the inviter’s name (the organization itself is 404 to the invitee until they accept). An unverified email sees none.
         */
        get: operations["listMyInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organizations where the caller is an active or blocked member
         * @description Organizations where the caller is an active or blocked member, with their role and status.
         */
        get: operations["listMyOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/suggested-organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organizations the caller may ask to join, by their email domain
         * @description Organizations with a verified `suggest` domain equal to the domain of the caller’s verified email, where the caller is not a member. An unverified email sees none.
         */
        get: operations["listSuggestedOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description This document, generated from the route table and the zod schemas that validate requests.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an organization (one per user); honours Idempotency-Key
         * @description Creates the organization in `sandbox` mode on the `basic` plan with a default workspace; the caller becomes its `owner` and, if they had none, it becomes their `defaultOrgId`. A user can create one organization unless an operator raised their limit (409 `ORG_LIMIT_REACHED`); a purged organization no longer counts. The caller’s email must be verified (403 `VERIFIED_EMAIL_REQUIRED`). The name follows the display-name rule: NFC, no control characters, no bidi overrides or isolates, not invisible-only, at most 100 characters (400).
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an organization (with ETag)
         * @description Roles: owner, admin, developer, finance, member. Answers 404 to anyone who is not an active member. The `ETag` header is the version for `If-Match`; with `If-None-Match` equal to it the answer is 304.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        /**
         * Schedule the organization’s deletion (owner; If-Match and its name)
         * @description Roles: owner. Schedules the deletion: answers 202 with the organization in status `deletion_scheduled` and its `deleteAt` (`ORG_DELETION_GRACE_SECONDS` ahead, 30 days by default). `If-Match` is required (412 when missing or stale) and `confirmName` must equal the name (400). From that moment every route of the organization answers 404 to its members (as for a removed member), API keys and webhook endpoints stop working, pending invitations are revoked (their invitees are emailed) and every active member is emailed. Only the owner still reads it (`GET /orgs/{orgId}`), exports it and restores it. A DELETE of an organization already scheduled answers 202 with it as it is. After `deleteAt` the scheduled cleanup purges every item of the organization and keeps a tombstone `{ id, deletedAt, by }`.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        /**
         * Update name, time zone and branding (honours If-Match)
         * @description Roles: owner, admin. Branding URLs must be https (at most 2048 characters); `null` clears one. With `If-Match` a stale version is 412 (the version check is a DynamoDB condition); without it the change applies to the current version. The first successful update completes the `settings` onboarding step.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/orgs/{orgId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never the secret)
         * @description Roles: owner, admin, developer. Never a secret. `status` is computed now: `revoked`, `expired`, `suspended` (its creator lost developer access) or `active`. `mode` and `status` filter each page, so a page may hold fewer than `limit` items while `nextCursor` is not null.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (the secret is shown once; honours Idempotency-Key)
         * @description Roles: owner, admin, developer. The response carries `key`, the secret, shown here only: store it now. Only its SHA-256 is kept. Format `orgs_<test|live>_<33 base62 random characters><6 base62 CRC32 checksum>`; `start` tells keys apart. A `production` key needs the organization in production mode (409 `ORG_NOT_ACTIVE`). `expiresAt` (optional) must be in the future. The key works only while its creator stays an active member with developer features; otherwise it is `suspended` until they are restored. The owner is emailed when a `production` key is created. A retry with the same `Idempotency-Key` (same caller, same body, within 24 h) answers the same key, secret included: the one time it is shown again (it is kept sealed with a key derived from the `Idempotency-Key` itself, never readable at rest).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API key (never the secret)
         * @description Roles: owner, admin, developer. One key, never its secret.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key: refused from the very next call
         * @description Roles: owner, admin, developer. Owner and admin revoke any key, a developer only the keys they created (403 otherwise). The very next call with the key is 401 `API_KEY_REVOKED`. Revoking a revoked key answers 204 again.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/api-keys/{keyId}/roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace an API key with a new one; the old one works for a grace period
         * @description Roles: owner, admin, developer. Who may revoke the key may roll it. Creates a new key with the same name and mode (created by the caller, no expiry; its secret is shown once) and ends the old one: at once when `expiresInSeconds` is 0 (the default; it is then `revoked`), else it keeps working that many seconds (at most 86400, never past its own expiry) and is then refused as `API_KEY_EXPIRED`. A revoked, expired or already rolled key is 409 `CONFLICT`. A retry with the same `Idempotency-Key` (same caller, same body, within 24 h) answers the same key, secret included: the one time it is shown again (it is kept sealed with a key derived from the `Idempotency-Key` itself, never readable at rest).
         */
        post: operations["rollApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit log, newest first
         * @description Roles: owner, admin. Every change in the organization, newest first. `action` filters within each page, so a page may hold fewer than `limit` entries while `nextCursor` is not null.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Billing details (owner, finance)
         * @description Roles: owner, finance. Fields are null until billing details are saved.
         */
        get: operations["getBilling"];
        /**
         * Save billing details and the Stripe customer
         * @description Roles: owner, finance. Creates the Stripe customer (once per organization, with an idempotency key: a retried PUT never creates two) or updates it, and completes the `billing` onboarding step.
         */
        put: operations["putBilling"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/billing/setup-intent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Stripe SetupIntent to collect the card
         * @description Roles: owner, finance. Needs billing details first (409 `BILLING_DETAILS_REQUIRED`). Hand `clientSecret` to Stripe.js to collect the card; Stripe then sends `setup_intent.succeeded` to the webhook, which completes the `payment` step and activates the organization once every step is done.
         */
        post: operations["createSetupIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/branding/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Clear the logo, banner or badge
         * @description Roles: owner, admin. Sets `branding.{asset}Url` to null (uploaded or an https URL set with PATCH) and removes an uploaded image from storage.
         */
        delete: operations["deleteBrandingAsset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/branding/{asset}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A presigned POST to upload the logo, banner or badge
         * @description Roles: owner, admin. A presigned POST straight to storage: send every `fields` entry, then the file as `file`, as `multipart/form-data` to `url` before `expiresAt`. The signed policy fixes the key, the content type and the exact size, so storage refuses anything else. PNG, JPEG and WebP only (no SVG); `contentLength` at most 1 MiB for a logo or badge, 4 MiB for a banner. Once stored, the file is checked: its magic bytes must be a whole image of the declared type, within the asset’s dimensions (logo 16–2048 px, banner 64×16–4096×2048, badge 16–1024 px). An accepted file becomes `branding.{asset}Url` (a CDN URL of exactly the bytes checked; when two uploads race, the later confirmed one wins); anything else is deleted and the upload `rejected` with a reason. Poll the upload for the decision.
         */
        post: operations["createBrandingUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/branding/{asset}/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether an upload was accepted or rejected (and why)
         * @description Roles: owner, admin. `pending` until the file lands and is checked; then `accepted` (with the CDN `url`) or `rejected` (with the `reason`); still pending 5 minutes after `expiresAt` reads as `rejected` (no file arrived). An upload of another organization or asset is 404.
         */
        get: operations["getBrandingUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization’s domains
         * @description Roles: owner, admin. Every domain of the organization, pending, verified or unverified, with the record to publish.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add an email domain to verify (plans with `domains`)
         * @description Roles: owner, admin. Answers the TXT record to publish: `recordName` (`_orgs-challenge.<domain>`) and `recordValue` (a fresh random token); then call verify. The domain is stored lower-case, an IDN in its A-label form (`bücher.de` → `xn--bcher-kva.de`). Free-mail providers and public suffixes (`gmail.com`, `com`, `co.uk`, `github.io`: the Public Suffix List) are 400 `DOMAIN_NOT_ALLOWED`; a domain verified by another organization is 409 `DOMAIN_TAKEN`; the same domain twice in one organization is 409 `CONFLICT`. Subdomains are separate domains; reserved names (`example.com`, `.test`) are not refused: DNS proof decides.
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/domains/{domainId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a domain (its enrollment ends at once)
         * @description Roles: owner, admin. Removes the domain; a verified one is released (another organization may verify it) and its enrollment ends at once: no more suggestions, join requests or auto-invitations through it. Pending auto-invitations from it can no longer be accepted.
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        /**
         * Set how people on a verified domain join
         * @description Roles: owner, admin. `enrollment`: `none`; `suggest` (people on the domain see the organization in `GET /me/suggested-organizations` and may ask to join); `auto_invite` (every registered user whose verified email is on the domain, now or when they register later, gets one pending invitation with `role`, inviter "the organization", emailed once; declined ones are not re-created). `role`: any role but owner. Enrollment other than `none` needs a `verified` domain (409 `DOMAIN_NOT_VERIFIED`).
         */
        patch: operations["updateDomain"];
        trace?: never;
    };
    "/orgs/{orgId}/domains/{domainId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a domain by its DNS TXT record, now
         * @description Roles: owner, admin. Reads the TXT records of `recordName` now (through `DNS_SERVERS`): the token found → 200 `verified` (audited, `domain.verified` sent); else 409 `DOMAIN_NOT_VERIFIED` whose detail says what was found (no such name and no TXT record are 409 too). A resolver that does not answer in time is 503 `UNAVAILABLE` with `Retry-After`, never a "not verified". One organization per verified domain: of two verifying the same domain, exactly one wins, the other gets 409 `DOMAIN_TAKEN`. Verified domains are re-checked daily; a record missing for 3 days turns the domain `unverified`.
         */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the organization’s data as JSON, page by page (owner)
         * @description Roles: owner. The organization’s data as JSON, for the owner to take along (also while its deletion is scheduled): the organization on the first page, then its members, invitations, workspaces, audit log and billing details (never card data, secrets or internal guard items) as `items` of a `kind`, in storage order. Paged: follow `nextCursor` (encrypted, bound to this organization) until it is null. Each page is one DynamoDB Query, which returns at most 1 MB, so a page stays far below Lambda’s 6 MB response limit for any organization size; an organization of 1,000 members and 10,000 audit entries is about 25 pages of 500.
         */
        get: operations["exportOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations, filtered by status
         * @description Roles: owner, admin. The organization’s invitations, newest first. A pending invitation past its expiry is reported `expired` even before cleanup marks it.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite a registered user by email (honours Idempotency-Key)
         * @description Roles: owner, admin. The invitee must have signed in once with this email verified (422 `USER_NOT_REGISTERED`; 422 `EMAIL_NOT_VERIFIED` when they signed in but their email is not verified). One pending invitation per email per organization (409 `INVITATION_PENDING`); members, active or blocked, are 409 `ALREADY_MEMBER`. The role is never `owner`. Valid for `INVITATION_TTL_SECONDS` (7 days by default). Seats: invitations may exceed the free seats; accepting needs a free seat. The invitee is emailed. An organization has at most 1,000 pending invitations (409 `PENDING_INVITATION_LIMIT_REACHED`, nothing written): a slot frees when one is accepted, declined, revoked (also when its inviter lost the invite permission, or with the organization’s deletion) or expires — an expired one when the cleanup marks it expired (every 5 minutes) or DynamoDB’s TTL deletes it, whichever is first; a resend keeps it pending. Abuse limits (429 `RATE_LIMITED` with `Retry-After`): at most 10 invitations (resends included) to one email from one organization per rolling 24 h, revoked and declined ones included; per organization and per inviter per clock hour (60 and 20 by default). An invitation sent counts, and so do the not-registered and not-verified answers, so probing which emails are registered is throttled like inviting; a refusal (409, 429) counts nothing. The inviter’s own email must be verified (403 `VERIFIED_EMAIL_REQUIRED`). Emails are compared after trimming and lower-casing; a character whose lower case is ASCII but is not ASCII itself (the Kelvin sign) is kept, so a lookalike never matches.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one invitation
         * @description Roles: owner, admin. One invitation of the organization, whatever its status. A pending invitation past its expiry is reported `expired` even before cleanup marks it. An invitation of another organization is 404.
         */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation
         * @description Roles: owner, admin. Whoever invited. Revoking a revoked invitation is a no-op (204). The invitee is emailed.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send again and renew the validity
         * @description Roles: owner, admin. Emails the invitation again and renews its validity. At most 5 resends per invitation per rolling day, and each resend counts against the invitation limits of `POST /orgs/{orgId}/invitations` (429 `RATE_LIMITED` with `Retry-After`).
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invoices, newest first (owner, finance)
         * @description Roles: owner, finance. Kept from Stripe's invoice events (`invoice.finalized`, `invoice.paid`, `invoice.payment_failed`), so a page is one Query and never waits on Stripe. `hostedInvoiceUrl` is Stripe's page for the invoice.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List join requests
         * @description Roles: owner, admin. The organization’s join requests, optionally by status.
         */
        get: operations["listJoinRequests"];
        put?: never;
        /**
         * Ask to join an organization suggested by your email domain
         * @description A user whose verified email is on one of the organization’s `suggest` domains. The caller’s verified email must be on a verified `suggest` domain of the organization (else 404, the organization reveals nothing). One pending request per person per organization (409 `JOIN_REQUEST_PENDING`); members are 409 `ALREADY_MEMBER`. Outside the invitation rate caps.
         */
        post: operations["createJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/join-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a join request: the requester becomes an active member
         * @description Roles: owner, admin. The requester becomes an active member with the domain’s role, taking a seat: the plan’s member limit holds under races (409 `MEMBER_LIMIT_REACHED`, nothing changed). A request already answered is 409 `CONFLICT`. The requester is emailed.
         */
        post: operations["approveJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/join-requests/{requestId}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deny a join request
         * @description Roles: owner, admin. A request already answered is 409 `CONFLICT`. The requester is emailed.
         */
        post: operations["denyJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members and pending invitees
         * @description Roles: owner, admin, developer, finance, member. Active and blocked members and pending invitees (status `invited`). Blocked members do not take a seat. Pages cost the same whatever the size of the organization.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One membership
         * @description Roles: owner, admin, developer, finance, member. One active or blocked membership.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /**
         * Remove a member, or leave
         * @description Roles: owner, admin. Any member may remove themself (leave), a blocked member too. A removed member can be invited again and keeps no old role. The owner can neither be removed nor leave (409 `OWNER_REQUIRED`). A member may remove themself (leave), even while blocked. Removing, blocking or changing the role of the target of a pending ownership transfer cancels that transfer in the same transaction.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (never to or from owner)
         * @description Roles: owner, admin. Never to or from `owner` (use the ownership transfer): 409 `OWNER_REQUIRED` for the owner. Admins never change the owner.
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/orgs/{orgId}/members/{userId}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block a member: access ends at once, the seat is freed
         * @description Roles: owner, admin. The member’s next request to this organization is refused, whatever their token says; their data stays. Frees a seat.
         */
        post: operations["blockMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/members/{userId}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unblock a member (needs a free seat)
         * @description Roles: owner, admin. The member regains access; needs a free seat (409 `MEMBER_LIMIT_REACHED`).
         */
        post: operations["unblockMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Onboarding steps and status
         * @description Roles: owner, admin, developer, finance, member. Steps: `plan` (PUT plan), `settings` (first PATCH of the organization), `billing` (billing details saved), `payment` (card confirmed by Stripe). Status is `active` when all are done, `pending_payment` when only the card is missing, otherwise `sandbox`.
         */
        get: operations["getOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/ownership-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pending transfer (to the owner and its target)
         * @description Roles: owner, admin, developer, finance, member. The owner and the target of the pending transfer. The pending offer: who offered ownership to whom, and when. 404 when there is none, and to every member other than the owner and the target (it is theirs alone to cancel or accept).
         */
        get: operations["getOwnershipTransfer"];
        put?: never;
        /**
         * Offer ownership to an active admin
         * @description Roles: owner. The target must be an active admin (409 `TRANSFER_NOT_ALLOWED`). A new offer replaces a pending one.
         */
        post: operations["startOwnershipTransfer"];
        /**
         * Cancel a pending transfer
         * @description Roles: owner. Withdraws the pending offer; without one it is 404.
         */
        delete: operations["cancelOwnershipTransfer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/ownership-transfer/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept ownership (the target)
         * @description Roles: owner, admin, developer, finance, member. The target of the pending transfer only. One transaction: the target becomes `owner`, the previous owner `admin`, the organization’s `ownerId` moves. 409 `TRANSFER_NOT_ALLOWED` when the target is no longer an active admin. The security policy holds: under `requireMfa` the target’s token must carry a multi-factor `amr` (403 `MFA_REQUIRED`).
         */
        post: operations["acceptOwnershipTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choose the plan (owner, finance)
         * @description Roles: owner, finance. The plan and its `memberLimit` change atomically; a plan whose limit is below the active member count is 409 `MEMBER_LIMIT_REACHED`, and one without a feature still in use (a custom role assigned, a verified domain, a SCIM token) is 409 `FEATURE_IN_USE` (DynamoDB conditions on the org item; nothing changes). Completes the `plan` onboarding step.
         */
        put: operations["choosePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled deletion during its grace period (owner)
         * @description Roles: owner. Cancels a scheduled deletion before `deleteAt`: the organization, its members, seats, workspaces, billing, API keys and endpoints answer again as they were. Invitations revoked by the deletion stay revoked (their invitees were told): invite again. 409 `CONFLICT` when no deletion is scheduled or the grace period is over.
         */
        post: operations["restoreOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roles and the permission catalog
         * @description Roles: owner, admin, developer, finance, member. The built-in roles, the organization’s custom roles, each with its permissions (application permissions included), and the permission catalog, from the same table the API enforces. Never plan-gated.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a custom role
         * @description Roles: owner, admin. A role of permissions from the catalog, each one the caller holds (403 `FORBIDDEN` otherwise: no escalation). A built-in or taken key is 409 `ROLE_EXISTS`; an organization has at most 50 custom roles (409 `ROLE_LIMIT_REACHED`).
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/roles/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a custom role
         * @description Roles: owner, admin. Only while no member or pending invitation holds it: else 409 `ROLE_IN_USE`. Allowed on any plan (to clean up after a plan change).
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Edit a custom role
         * @description Roles: owner, admin. Name, description, permissions (each one the caller holds). Holders act with the new permissions from their next request. Built-in roles are fixed (403).
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/orgs/{orgId}/scim-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SCIM tokens (never the secret)
         * @description Roles: owner, admin. Never a secret; revoked tokens stay listed with `revokedAt`.
         */
        get: operations["listScimTokens"];
        put?: never;
        /**
         * Create a SCIM token (the secret is shown once)
         * @description Roles: owner, admin. The response carries `token`, shown here only (a retry with the same `Idempotency-Key` answers it again, sealed at rest). Only its SHA-256 is kept. Format `orgs_scim_<33 base62 random characters><6 base62 CRC32 checksum>`. Counts the `scim` feature in use until revoked.
         */
        post: operations["createScimToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/scim-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a SCIM token: refused from the very next call
         * @description Roles: owner, admin. The very next SCIM call with the token is 401. Revoking a revoked token answers 204 again.
         */
        delete: operations["revokeScimToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/security-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The security policy
         * @description Roles: owner, admin. `requireMfa` and `allowedInviteDomains` (defaults `false`, `[]`). Not plan-gated.
         */
        get: operations["getSecurityPolicy"];
        /**
         * Set the security policy
         * @description Roles: owner, admin. `requireMfa: true` makes every `/orgs/{orgId}` route refuse a token whose `amr` holds none of mfa, otp, hwk, swk, sms, fpt (403 `MFA_REQUIRED`); turning it on needs the caller’s own token to satisfy it. `allowedInviteDomains` not empty: invitations to other email domains are 403 `EMAIL_DOMAIN_NOT_ALLOWED`; existing members stay.
         */
        put: operations["putSecurityPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived session token for the platform’s services
         * @description Roles: owner, admin, developer, finance, member. An ES256 JWT for the caller in this organization, for the platform’s own services to verify offline against `/.well-known/jwks.json`: `iss` (`ORG_TOKEN_ISSUER`, default the API’s base URL), `aud` (`ORG_TOKEN_AUDIENCE`, default `orgs-platform`), `sub`, `email`, `org_id`, `org_role`, `org_permissions`, `org_mode`, `iat`, `exp` (`ORG_TOKEN_TTL_SECONDS` ahead, default 300), `jti`. Blocked, removed and departed members get none (404), nor anyone while the deletion is scheduled. A token already issued ends with its `exp`: `member.blocked` and `member.removed` tell the services at once. The `/v1` platform routes and the exported authorizer accept it as they accept an API key. Nothing is stored, so the call is not idempotent: each call is a new token.
         */
        post: operations["createOrgSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Stripe subscription of the plan (owner, finance)
         * @description Roles: owner, finance. The subscription as last read from Stripe (kept from Stripe's events; no Stripe call): `status` is Stripe's (`active`, `incomplete` when the first payment failed, `past_due`, `unpaid`, `canceled`, …). 404 before activation.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook endpoints
         * @description Roles: owner, admin, developer. Developer features. Never shows secrets.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint (the secret is shown once); honours Idempotency-Key
         * @description Roles: owner, admin, developer. Developer features. The URL must be https to a public address (its addresses are resolved and checked now and before every attempt). The response shows the signing secret, the only time besides a rotation. Honours `Idempotency-Key` (a replay shows the same secret).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint
         * @description Roles: owner, admin, developer. Developer features.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint (deliveries stop at once)
         * @description Roles: owner, admin, developer. Developer features. Stops deliveries at once (pending ones end `failed`).
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change URL, description, events, or enable/disable
         * @description Roles: owner, admin, developer. Developer features. Disabling stops deliveries at once; enabling again resets the failure clock.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/orgs/{orgId}/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery log, newest first
         * @description Roles: owner, admin, developer. Developer features. Newest first.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver one delivery again now
         * @description Roles: owner, admin, developer. Developer features. Attempts the delivery again now (same `webhook-id`); 409 while an attempt of it is running.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhook-endpoints/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret (both sign for 24 h)
         * @description Roles: owner, admin, developer. Developer features. A new secret, shown once; for 24 h deliveries carry signatures with both the new and the previous secret.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhook-endpoints/{endpointId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a webhook.test event now and answer with the outcome
         * @description Roles: owner, admin, developer. Developer features. Delivers a `webhook.test` event now (one attempt, up to 10 s) and answers with its outcome.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspaces
         * @description Roles: owner, admin, developer, finance, member. The organization’s workspaces, the default one included.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace (names unique per organization)
         * @description Roles: owner, admin. Names follow the display-name rule and are unique per organization after NFKC case folding with invisible characters removed (`Ｓtaging` = `Staging`, 409 `CONFLICT`). An organization has at most 100 workspaces, the default one included (409 `WORKSPACE_LIMIT_REACHED`; deleting one makes room).
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a workspace
         * @description Roles: owner, admin, developer, finance, member. One workspace of the organization.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete a workspace (never the default one)
         * @description Roles: owner, admin. The default workspace cannot be deleted (409 `CONFLICT`).
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /**
         * Rename a workspace
         * @description Roles: owner, admin. Names follow the display-name rule and are unique per organization after NFKC case folding with invisible characters removed (409 `CONFLICT`).
         */
        patch: operations["renameWorkspace"];
        trace?: never;
    };
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plan catalog
         * @description The plans an organization can choose, with their member limits, `features`, Stripe price ids (when configured) and `price` as Stripe holds it. Prices are read from Stripe once per container (at most one call per cold start, none per request); Stripe unreachable, `price` is null.
         */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCIM: list or filter groups
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). `filter`: `eq` on `displayName` (read by its name alone), `externalId`, `id`, with `and`/`or`; anything else is 400 `invalidFilter`. `startIndex`, `count` (at most 100), `excludedAttributes=members`.
         */
        get: operations["listScimGroups"];
        put?: never;
        /**
         * SCIM: create a group (named after a role, it gives its members that role)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). `displayName` is unique in the organization (case-insensitive; 409 `uniqueness`). `members`: `[{ value: <SCIM user id> }]`, each a user of the organization (400 `invalidValue` otherwise). A group whose `displayName` is a role’s key (`admin`, `developer`, `finance`, `member` or a custom role’s; never `owner`), in any case, gives that role to its signed-in members; in several such groups the role with the most permissions wins (ties: admin, developer, finance, then custom roles by key); in none, `member`. The owner’s role never changes. No escalation: a group gives its role only when the creator of the SCIM token that last wrote it could give that role by hand now, and a change through a token touches only members its creator may manage.
         */
        post: operations["createScimGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCIM: one group
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). `excludedAttributes=members` leaves the members out.
         */
        get: operations["getScimGroup"];
        /**
         * SCIM: replace a group
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). Honours `If-Match`. A group whose `displayName` is a role’s key (`admin`, `developer`, `finance`, `member` or a custom role’s; never `owner`), in any case, gives that role to its signed-in members; in several such groups the role with the most permissions wins (ties: admin, developer, finance, then custom roles by key); in none, `member`. The owner’s role never changes. No escalation: a group gives its role only when the creator of the SCIM token that last wrote it could give that role by hand now, and a change through a token touches only members its creator may manage.
         */
        put: operations["putScimGroup"];
        post?: never;
        /**
         * SCIM: delete a group (its members keep only the roles their other groups give)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). Honours `If-Match`. A group whose `displayName` is a role’s key (`admin`, `developer`, `finance`, `member` or a custom role’s; never `owner`), in any case, gives that role to its signed-in members; in several such groups the role with the most permissions wins (ties: admin, developer, finance, then custom roles by key); in none, `member`. The owner’s role never changes. No escalation: a group gives its role only when the creator of the SCIM token that last wrote it could give that role by hand now, and a change through a token touches only members its creator may manage.
         */
        delete: operations["deleteScimGroup"];
        options?: never;
        head?: never;
        /**
         * SCIM: change a group (members added or removed, as Okta and Entra send it)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). `Operations` in any case: `add`/`remove` `members` with a value list (Entra), `remove` with the path `members[value eq "<id>"]` (Okta), `replace` of `members`, `displayName` or `externalId` with or without a path. Honours `If-Match`. A group whose `displayName` is a role’s key (`admin`, `developer`, `finance`, `member` or a custom role’s; never `owner`), in any case, gives that role to its signed-in members; in several such groups the role with the most permissions wins (ties: admin, developer, finance, then custom roles by key); in none, `member`. The owner’s role never changes. No escalation: a group gives its role only when the creator of the SCIM token that last wrote it could give that role by hand now, and a change through a token touches only members its creator may manage.
         */
        patch: operations["updateScimGroup"];
        trace?: never;
    };
    "/scim/v2/ResourceTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCIM: the resource types (RFC 7643 §6)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12).
         */
        get: operations["listScimResourceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCIM: the schemas (RFC 7643 §7)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12).
         */
        get: operations["listScimSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/ServiceProviderConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCIM: what this service provider supports (RFC 7643 §5)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12).
         */
        get: operations["getScimServiceProviderConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCIM: list or filter users
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). `filter`: `eq` on `userName`, `externalId`, `emails.value`, `id`, combined with `and`/`or` and parentheses; anything else is 400 `invalidFilter`. `startIndex` (1-based), `count` (at most 100).
         */
        get: operations["listScimUsers"];
        put?: never;
        /**
         * SCIM: provision a user (a member bound to the email)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). `userName` is the email. Listed `invited` until that person signs in; takes a seat while `active` (409 when the plan's limit is reached, nothing created). A taken `userName` is 409 `uniqueness`. A `userName` outside the security policy's `allowedInviteDomains` is 403 (`detail` starts with `EMAIL_DOMAIN_NOT_ALLOWED`), nothing created.
         */
        post: operations["createScimUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCIM: one user
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12).
         */
        get: operations["getScimUser"];
        /**
         * SCIM: replace a user
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). Honours `If-Match` (412 on a stale version).
         */
        put: operations["putScimUser"];
        post?: never;
        /**
         * SCIM: remove a user (the membership too)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). The owner cannot be removed (409). Honours `If-Match`.
         */
        delete: operations["deleteScimUser"];
        options?: never;
        head?: never;
        /**
         * SCIM: change a user (PatchOp, as Okta and Entra send it)
         * @description A SCIM token of the organization. Authorized by a SCIM token of the organization (`Authorization: Bearer orgs_scim_…`, from `POST /orgs/{orgId}/scim-tokens`); the organization is the token’s. A missing, unknown or revoked token, an organization scheduled for deletion or a plan without `scim` is a SCIM 401. Errors are SCIM errors (`application/scim+json`, RFC 7644 §3.12). `Operations` with `add`, `replace`, `remove` in any case, with or without `path`; `active` as a boolean or "True"/"False". `active: false` blocks (frees the seat), `true` unblocks (takes one). Honours `If-Match`.
         */
        patch: operations["updateScimUser"];
        trace?: never;
    };
    "/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization and mode the calling API key or session token acts for
         * @description An API key or a session token of the organization. The reference platform route: authorized by an API key (`Authorization: Bearer <key>` or `X-Api-Key: <key>`) or an organization session token (`Authorization: Bearer <token>` from `POST /orgs/{orgId}/session`), never by a user’s sign-in token. An expired session token, or one of an organization whose deletion is scheduled, is 401 `UNAUTHENTICATED`; a forged one is `API_KEY_INVALID`, as any unknown credential. A refused key is 401 with `WWW-Authenticate: Bearer` and the reason in `code`: `API_KEY_INVALID` (missing, malformed, bad checksum, unknown — a user JWT too), `API_KEY_REVOKED`, `API_KEY_EXPIRED`, `API_KEY_SUSPENDED` (its creator lost developer access, or the organization is scheduled for deletion). A live key of an organization not in production is 403 `ORG_NOT_ACTIVE`. Verification costs one DynamoDB round trip.
         */
        get: operations["getPlatformOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe events (signed)
         * @description Stripe (the signature is the authentication). Called by Stripe. The raw body must carry a valid `Stripe-Signature` for `STRIPE_WEBHOOK_SECRET`, at most 5 minutes old (else 400 `WEBHOOK_SIGNATURE_INVALID`, nothing changes). Each event id is applied once, in any order: `setup_intent.succeeded` records the card and activates the organization when plan, settings and billing are done; `setup_intent.setup_failed` shows the reason in onboarding (unless a card was already confirmed); `invoice.payment_failed` flags the organization. Other types are acknowledged and ignored. A signed but malformed event (no `id`, `data.object` not an object, `created` not plausible epoch seconds, ids longer than 255 characters or of the wrong shape) is 400 `VALIDATION_FAILED` and changes nothing. When Stripe refuses a call the event needs permanently (e.g. `resource_missing`), the event is acknowledged (200, `ignored: true`), logged as a warning with its id and counted (`StripeEventsDropped`, alarmed); transient failures (network, Stripe 5xx or 429) stay 5xx so Stripe retries. An unreadable webhook secret is 503 `UNAVAILABLE`. Bodies up to 1 MiB (other routes: 64 KiB).
         */
        post: operations["receiveStripeEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The new membership, with the organization it is in
         * @example {
         *       "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *       "userId": "user_grace",
         *       "email": "grace@example.com",
         *       "name": "Grace",
         *       "role": "developer",
         *       "status": "active",
         *       "joinedAt": "2026-11-22T10:12:00.000Z"
         *     }
         */
        AcceptedMembership: {
            /** @description The verified email the member joined with, if any */
            email: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            joinedAt: string;
            name: string | null;
            orgId: string;
            /**
             * @description A built-in role (owner, admin, developer, finance, member) or a custom role's key
             * @example developer
             */
            role: string;
            /** @enum {string} */
            status: "active" | "blocked";
            userId: string;
        };
        /**
         * @example {
         *       "domain": "acme.com"
         *     }
         */
        AddDomainRequest: {
            /** @description A domain name; an IDN may be sent in Unicode, it is stored as its A-label */
            domain: string;
        };
        /**
         * @example {
         *       "line1": "Hauptstr. 1",
         *       "city": "Berlin",
         *       "postalCode": "10115",
         *       "country": "DE"
         *     }
         */
        Address: {
            city: string;
            country: components["schemas"]["CountryCode"];
            line1: string;
            line2?: string;
            postalCode: string;
            state?: string;
        };
        /**
         * @example {
         *       "line1": "Hauptstr. 1",
         *       "city": "Berlin",
         *       "postalCode": "10115",
         *       "country": "DE"
         *     }
         */
        AddressRequest: {
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            city: string;
            country: components["schemas"]["CountryCode"];
            /** @description NFC, trimmed, 1–200 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            line1: string;
            /** @description NFC, trimmed, 1–200 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            line2?: string;
            /** @description NFC, trimmed, 1–20 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            postalCode: string;
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            state?: string;
        };
        /**
         * @example {
         *       "id": "key_Vb3kqX0mQy8rT2nJ5wLc1dPz9sA",
         *       "name": "CI deploys",
         *       "mode": "sandbox",
         *       "start": "orgs_test_4fQ9",
         *       "status": "active",
         *       "createdBy": "user_ada",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "expiresAt": null,
         *       "lastUsedAt": "2026-11-22T10:05:00.000Z",
         *       "revokedAt": null,
         *       "rolledTo": null,
         *       "rolledFrom": null,
         *       "permissions": [
         *         "org:read",
         *         "developer:keys"
         *       ]
         *     }
         */
        ApiKey: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string | null;
            id: string;
            /**
             * Format: date-time
             * @description To the minute
             * @example 2026-11-22T10:00:00.000Z
             */
            lastUsedAt: string | null;
            /** @enum {string} */
            mode: "sandbox" | "production";
            name: string;
            /** @description The key's scope (null: a key created before scopes, which acts with all its creator's permissions) */
            permissions: string[] | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            revokedAt: string | null;
            /** @description The key this one replaced */
            rolledFrom: string | null;
            /** @description The key a roll replaced this one with */
            rolledTo: string | null;
            /**
             * @description Prefix, mode and the first characters, to tell keys apart
             * @example orgs_test_4fQ9
             */
            start: string;
            /**
             * @description `suspended`: its creator is no longer an active member whose role has developer features (restoring them restores the key)
             * @enum {string}
             */
            status: "active" | "revoked" | "expired" | "suspended";
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "key_Vb3kqX0mQy8rT2nJ5wLc1dPz9sA",
         *           "name": "CI deploys",
         *           "mode": "sandbox",
         *           "start": "orgs_test_4fQ9",
         *           "status": "active",
         *           "createdBy": "user_ada",
         *           "createdAt": "2026-11-22T10:00:00.000Z",
         *           "expiresAt": null,
         *           "lastUsedAt": "2026-11-22T10:05:00.000Z",
         *           "revokedAt": null,
         *           "rolledTo": null,
         *           "rolledFrom": null,
         *           "permissions": [
         *             "org:read",
         *             "developer:keys"
         *           ]
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "01JDX7A2B3C4D5E6F7G8H9J0KM",
         *       "at": "2026-11-22T10:05:00.000Z",
         *       "actorId": "user_ada",
         *       "action": "workspace.created",
         *       "target": {
         *         "type": "workspace",
         *         "id": "01JDX7A2B3C4D5E6F7G8H9J0KN"
         *       },
         *       "details": {
         *         "name": "Staging"
         *       }
         *     }
         */
        AuditEntry: {
            /** @example workspace.created */
            action: string;
            actorId: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            at: string;
            details: {
                [key: string]: unknown;
            };
            id: string;
            target: {
                id: string;
                type: string;
            };
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "01JDX7A2B3C4D5E6F7G8H9J0KM",
         *           "at": "2026-11-22T10:05:00.000Z",
         *           "actorId": "user_ada",
         *           "action": "workspace.created",
         *           "target": {
         *             "type": "workspace",
         *             "id": "01JDX7A2B3C4D5E6F7G8H9J0KN"
         *           },
         *           "details": {
         *             "name": "Staging"
         *           }
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Every field is null until billing details are saved
         * @example {
         *       "customerName": "Acme GmbH",
         *       "billingEmail": "billing@acme.example",
         *       "address": {
         *         "line1": "Hauptstr. 1",
         *         "city": "Berlin",
         *         "postalCode": "10115",
         *         "country": "DE"
         *       },
         *       "customerId": "cus_Q1w2E3r4T5y6U7",
         *       "paymentMethod": {
         *         "id": "pm_1Q2w3E4r5T6y7U8i",
         *         "brand": "visa",
         *         "last4": "4242"
         *       }
         *     }
         */
        Billing: {
            address: components["schemas"]["Address"] | null;
            /** Format: email */
            billingEmail: string | null;
            /** @description The Stripe customer id */
            customerId: string | null;
            customerName: string | null;
            /** @description The confirmed card; null until Stripe confirms one */
            paymentMethod: {
                brand: string;
                id: string;
                last4: string;
            } | null;
        };
        /**
         * @example {
         *       "customerName": "Acme GmbH",
         *       "billingEmail": "billing@acme.example",
         *       "address": {
         *         "line1": "Hauptstr. 1",
         *         "city": "Berlin",
         *         "postalCode": "10115",
         *         "country": "DE"
         *       }
         *     }
         */
        BillingDetailsRequest: {
            address: components["schemas"]["AddressRequest"];
            /**
             * Format: email
             * @example grace@example.com
             */
            billingEmail: string;
            /** @description NFC, trimmed, 1–200 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            customerName: string;
        };
        /**
         * @description URLs of the organization’s images: https URLs set with PATCH, or the CDN URL of an uploaded image (POST …/branding/{asset}/uploads); null when not set
         * @example {
         *       "logoUrl": "https://cdn.example.com/logo.png",
         *       "bannerUrl": null,
         *       "badgeUrl": null
         *     }
         */
        Branding: {
            /** Format: uri */
            badgeUrl: string | null;
            /** Format: uri */
            bannerUrl: string | null;
            /** Format: uri */
            logoUrl: string | null;
        };
        /**
         * @example {
         *       "uploadId": "upl_8xK2mQ4vN7pL1sT9wR3yB6cF0hJ",
         *       "asset": "logo",
         *       "status": "rejected",
         *       "reason": "The file is image/jpeg, but image/png was declared.",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "expiresAt": "2026-11-22T10:10:00.000Z"
         *     }
         */
        BrandingUpload: {
            /** @enum {string} */
            asset: "logo" | "banner" | "badge";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            /** @description Why the file was rejected */
            reason?: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected";
            uploadId: string;
            /**
             * Format: uri
             * @description The CDN URL, once accepted
             */
            url?: string;
        };
        /**
         * @description A presigned POST: send `fields` and then the file as the `file` field. Storage refuses a file of another size or type, or after `expiresAt`.
         * @example {
         *       "uploadId": "upl_8xK2mQ4vN7pL1sT9wR3yB6cF0hJ",
         *       "url": "https://orgs-branding.s3.eu-central-1.amazonaws.com/",
         *       "fields": {
         *         "Content-Type": "image/png",
         *         "bucket": "orgs-branding",
         *         "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
         *         "X-Amz-Credential": "ASIA…/20261122/eu-central-1/s3/aws4_request",
         *         "X-Amz-Date": "20261122T100000Z",
         *         "key": "uploads/01JDX6Q4ZK8M3V7N2B5C9F0G1H/logo/upl_8xK2mQ4vN7pL1sT9wR3yB6cF0hJ",
         *         "Policy": "eyJleHBpcmF0aW9uIjoi…",
         *         "X-Amz-Signature": "5f0c…"
         *       },
         *       "expiresAt": "2026-11-22T10:10:00.000Z"
         *     }
         */
        BrandingUploadTicket: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            /** @description Every form field, in this order, before the `file` field */
            fields: {
                [key: string]: string;
            };
            uploadId: string;
            /**
             * Format: uri
             * @description POST a multipart/form-data form here
             */
            url: string;
        };
        /**
         * @example {
         *       "role": "admin"
         *     }
         */
        ChangeMemberRoleRequest: {
            /**
             * @description A built-in role but owner (admin, developer, finance, member), or a custom role's key
             * @example developer
             */
            role: string;
        };
        /**
         * @example {
         *       "planId": "pro"
         *     }
         */
        ChoosePlanRequest: {
            /** @enum {string} */
            planId: "basic" | "pro" | "enterprise";
        };
        /**
         * @description ISO 3166-1 alpha-2 (upper case)
         * @example DE
         * @enum {string}
         */
        CountryCode: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CQ" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * @example {
         *       "name": "CI deploys",
         *       "mode": "sandbox"
         *     }
         */
        CreateApiKey: {
            /**
             * Format: date-time
             * @example 2027-01-01T00:00:00.000Z
             */
            expiresAt?: string | null;
            /** @enum {string} */
            mode: "sandbox" | "production";
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name: string;
            /**
             * @description The key's scope: permissions of the catalog (GET /orgs/{orgId}/roles), each one the creator holds (else 403). Default: all the creator's permissions. On every call the key may do what its scope and its creator's permissions now both allow.
             * @example [
             *       "org:read",
             *       "workflows:run"
             *     ]
             */
            permissions?: string[];
        };
        /**
         * @example {
         *       "contentType": "image/png",
         *       "contentLength": 48213
         *     }
         */
        CreateBrandingUploadRequest: {
            /** @description The file's exact size in bytes (logo ≤ 1048576 bytes, ≤ 2048×2048 px; banner ≤ 4194304 bytes, ≤ 4096×2048 px; badge ≤ 1048576 bytes, ≤ 1024×1024 px) */
            contentLength: number;
            /** @enum {string} */
            contentType: "image/png" | "image/jpeg" | "image/webp";
        };
        /**
         * @example {
         *       "id": "key_Vb3kqX0mQy8rT2nJ5wLc1dPz9sA",
         *       "name": "CI deploys",
         *       "mode": "sandbox",
         *       "start": "orgs_test_4fQ9",
         *       "status": "active",
         *       "createdBy": "user_ada",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "expiresAt": null,
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "rolledTo": null,
         *       "rolledFrom": null,
         *       "permissions": [
         *         "org:read",
         *         "developer:keys"
         *       ],
         *       "key": "orgs_test_4fQ9kWm2ZrT8vYx1LpN3sB7dH5jC0aE6g2iO9q1"
         *     }
         */
        CreatedApiKey: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string | null;
            id: string;
            /**
             * @description The secret, shown in this response only (and to a retry with the same Idempotency-Key within 24 h)
             * @example orgs_test_4fQ9kWm2ZrT8vYx1LpN3sB7dH5jC0aE6g2iO9q1
             */
            key: string;
            /**
             * Format: date-time
             * @description To the minute
             * @example 2026-11-22T10:00:00.000Z
             */
            lastUsedAt: string | null;
            /** @enum {string} */
            mode: "sandbox" | "production";
            name: string;
            /** @description The key's scope (null: a key created before scopes, which acts with all its creator's permissions) */
            permissions: string[] | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            revokedAt: string | null;
            /** @description The key this one replaced */
            rolledFrom: string | null;
            /** @description The key a roll replaced this one with */
            rolledTo: string | null;
            /**
             * @description Prefix, mode and the first characters, to tell keys apart
             * @example orgs_test_4fQ9
             */
            start: string;
            /**
             * @description `suspended`: its creator is no longer an active member whose role has developer features (restoring them restores the key)
             * @enum {string}
             */
            status: "active" | "revoked" | "expired" | "suspended";
        };
        /**
         * @example {
         *       "id": "jr_Qm4xT8vL2kP9sR1yB6nC3dF7gH0j",
         *       "status": "pending"
         *     }
         */
        CreatedJoinRequest: {
            id: string;
            /** @enum {string} */
            status: "pending";
        };
        /**
         * @example {
         *       "id": "scimtok_2f8k",
         *       "name": "Okta",
         *       "start": "orgs_scim_a1B2",
         *       "status": "active",
         *       "createdBy": "user_1",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "revokedAt": null,
         *       "lastActivityAt": null,
         *       "lastActivity": null,
         *       "token": "orgs_scim_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9"
         *     }
         */
        CreatedScimToken: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            id: string;
            /** @description What that change was, as the audit log names it (e.g. `scim.user_created`) */
            lastActivity: string | null;
            /**
             * Format: date-time
             * @description The last provisioning change made with it (recorded at most once a minute)
             * @example 2026-11-22T10:00:00.000Z
             */
            lastActivityAt: string | null;
            name: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            revokedAt: string | null;
            /** @description The first characters, to tell tokens apart */
            start: string;
            /** @enum {string} */
            status: "active" | "revoked";
            /** @description The secret, shown once: paste it into the identity provider now */
            token: string;
        };
        /**
         * @example {
         *       "id": "whep_3q2Yv9XkqJ0cV6WZz1bGQ9uQk1E",
         *       "url": "https://hooks.example.com/orgs",
         *       "description": "CRM sync",
         *       "events": [
         *         "*"
         *       ],
         *       "mode": null,
         *       "status": "enabled",
         *       "disabledReason": null,
         *       "createdBy": "user_123",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        CreatedWebhookEndpoint: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            description: string | null;
            /** @enum {string|null} */
            disabledReason: "manual" | "failing" | null;
            events: string[];
            id: string;
            /** @enum {string|null} */
            mode: "sandbox" | "production" | null;
            /**
             * @description The signing secret (Standard Webhooks `whsec_` format). Shown only here.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updatedAt: string;
            url: string;
        };
        /**
         * @example {
         *       "email": "grace@example.com",
         *       "role": "developer"
         *     }
         */
        CreateInvitationRequest: {
            /**
             * Format: email
             * @example grace@example.com
             */
            email: string;
            /**
             * @description A built-in role but owner (admin, developer, finance, member), or a custom role's key
             * @example developer
             */
            role: string;
        };
        /**
         * @example {
         *       "name": "Acme Inc",
         *       "timeZone": "Europe/Berlin"
         *     }
         */
        CreateOrganizationRequest: {
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name: string;
            /** @example Europe/Berlin */
            timeZone: string;
        };
        /**
         * @example {
         *       "key": "support",
         *       "name": "Support",
         *       "description": "Answers customers",
         *       "permissions": [
         *         "org:read"
         *       ]
         *     }
         */
        CreateRoleRequest: {
            description?: string | null;
            /** @example support */
            key: string;
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name: string;
            /**
             * @description Permissions of the catalog (`permissions` of GET /orgs/{orgId}/roles), service or application ones; never more than the caller holds (else 403).
             * @example [
             *       "org:read",
             *       "members:invite",
             *       "workflows:read"
             *     ]
             */
            permissions: string[];
        };
        /**
         * @example {
         *       "name": "Okta"
         *     }
         */
        CreateScimToken: {
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name?: string;
        };
        /**
         * @example {
         *       "url": "https://hooks.example.com/orgs",
         *       "description": "CRM sync",
         *       "events": [
         *         "*"
         *       ]
         *     }
         */
        CreateWebhookEndpoint: {
            description?: string | null;
            /**
             * @example [
             *       "member.removed",
             *       "invitation.accepted"
             *     ]
             */
            events: ("*" | "invitation.created" | "invitation.accepted" | "invitation.revoked" | "invitation.expired" | "member.role_changed" | "member.blocked" | "member.unblocked" | "member.removed" | "ownership.transferred" | "organization.updated" | "organization.activated" | "billing.payment_failed" | "billing.subscription_updated" | "billing.invoice_paid" | "api_key.created" | "api_key.revoked" | "domain.verified" | "domain.unverified")[];
            /** @enum {string|null} */
            mode?: "sandbox" | "production" | null;
            /** @example https://hooks.example.com/orgs */
            url: string;
        };
        /**
         * @example {
         *       "confirmName": "Acme GmbH"
         *     }
         */
        DeleteOrganizationRequest: {
            /** @description The organization’s name, exactly as shown: guards against deleting the wrong one */
            confirmName: string;
        };
        /**
         * @example {
         *       "id": "dom_Xk3v9QeR2mT7yLpA4sB8nC1dE6fG",
         *       "domain": "acme.com",
         *       "status": "pending",
         *       "enrollment": "none",
         *       "role": "member",
         *       "verification": {
         *         "recordName": "_orgs-challenge.acme.com",
         *         "recordValue": "orgs-verification=G7x2Lq9VdR4mT1yKpA8sB3nC6eF0hJ5w"
         *       },
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "verifiedAt": null,
         *       "lastCheckedAt": null
         *     }
         */
        Domain: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            /** @description Lower-case, IDNs in A-label form */
            domain: string;
            /** @enum {string} */
            enrollment: "none" | "suggest" | "auto_invite";
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            lastCheckedAt: string | null;
            /** @enum {string} */
            role: "admin" | "developer" | "finance" | "member";
            /** @enum {string} */
            status: "pending" | "verified" | "unverified";
            verification: {
                /** @description Publish a TXT record at this name… */
                recordName: string;
                /** @description …with this value, then call verify */
                recordValue: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            verifiedAt: string | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "dom_Xk3v9QeR2mT7yLpA4sB8nC1dE6fG",
         *           "domain": "acme.com",
         *           "status": "pending",
         *           "enrollment": "none",
         *           "role": "member",
         *           "verification": {
         *             "recordName": "_orgs-challenge.acme.com",
         *             "recordValue": "orgs-verification=G7x2Lq9VdR4mT1yKpA8sB3nC6eF0hJ5w"
         *           },
         *           "createdAt": "2026-11-22T10:00:00.000Z",
         *           "verifiedAt": null,
         *           "lastCheckedAt": null
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        DomainPage: {
            items: components["schemas"]["Domain"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "kind": "workspace",
         *       "data": {
         *         "id": "ws_1",
         *         "name": "Default",
         *         "createdBy": "user_ada",
         *         "createdAt": "2026-11-22T10:00:00.000Z"
         *       }
         *     }
         */
        ExportItem: {
            /** @description The item as its own route shows it (`Member`, `Invitation`, `Workspace`, `AuditEntry`); billing: `customerName`, `billingEmail`, `address` (never card data) */
            data: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            kind: "member" | "invitation" | "workspace" | "audit" | "billing";
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @example {
         *       "id": "inv_4kQ9zX2mP7rT1vW8yB3nC6dF0gH5jL",
         *       "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *       "email": "grace@example.com",
         *       "role": "developer",
         *       "status": "pending",
         *       "invitedBy": "user_ada",
         *       "createdAt": "2026-11-22T10:10:00.000Z",
         *       "expiresAt": "2026-11-29T10:10:00.000Z",
         *       "resendCount": 0
         *     }
         */
        Invitation: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            /** Format: email */
            email: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            id: string;
            /** @description The inviter’s user id */
            invitedBy: string;
            orgId: string;
            resendCount: number;
            /**
             * @description A built-in role but owner (admin, developer, finance, member), or a custom role's key
             * @example developer
             */
            role: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "inv_4kQ9zX2mP7rT1vW8yB3nC6dF0gH5jL",
         *           "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *           "email": "grace@example.com",
         *           "role": "developer",
         *           "status": "pending",
         *           "invitedBy": "user_ada",
         *           "createdAt": "2026-11-22T10:10:00.000Z",
         *           "expiresAt": "2026-11-29T10:10:00.000Z",
         *           "resendCount": 0
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        InvitationPage: {
            items: components["schemas"]["Invitation"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "invitationId": "inv_4kQ9zX2mP7rT1vW8yB3nC6dF0gH5jL",
         *       "email": "grace@example.com",
         *       "role": "developer",
         *       "status": "invited",
         *       "invitedAt": "2026-11-22T10:10:00.000Z",
         *       "expiresAt": "2026-11-29T10:10:00.000Z"
         *     }
         */
        Invitee: {
            /** Format: email */
            email: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            invitationId: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            invitedAt: string;
            /**
             * @description A built-in role but owner (admin, developer, finance, member), or a custom role's key
             * @example developer
             */
            role: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "invited";
        };
        /**
         * @example {
         *       "id": "in_1Pgc6tB7WZ01zgkWu9fdqL6I",
         *       "number": "7FE1103-0001",
         *       "status": "paid",
         *       "amountDue": 4900,
         *       "amountPaid": 4900,
         *       "currency": "eur",
         *       "periodStart": "2026-12-01T10:00:00.000Z",
         *       "periodEnd": "2026-12-31T10:00:00.000Z",
         *       "hostedInvoiceUrl": "https://invoice.stripe.com/i/acct_1/test_1",
         *       "createdAt": "2026-12-01T10:00:00.000Z"
         *     }
         */
        Invoice: {
            /** @description In the currency’s smallest unit (cents) */
            amountDue: number;
            amountPaid: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 4217, lower case
             * @example eur
             */
            currency: string;
            /** @description Stripe's page for the invoice */
            hostedInvoiceUrl: string | null;
            id: string;
            number: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            periodEnd: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            periodStart: string;
            /** @enum {string} */
            status: "draft" | "open" | "paid" | "uncollectible" | "void";
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "in_1Pgc6tB7WZ01zgkWu9fdqL6I",
         *           "number": "7FE1103-0001",
         *           "status": "paid",
         *           "amountDue": 4900,
         *           "amountPaid": 4900,
         *           "currency": "eur",
         *           "periodStart": "2026-12-01T10:00:00.000Z",
         *           "periodEnd": "2026-12-31T10:00:00.000Z",
         *           "hostedInvoiceUrl": "https://invoice.stripe.com/i/acct_1/test_1",
         *           "createdAt": "2026-12-01T10:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        InvoicePage: {
            items: components["schemas"]["Invoice"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "jr_Qm4xT8vL2kP9sR1yB6nC3dF7gH0j",
         *       "userId": "user_1",
         *       "email": "grace@acme.com",
         *       "name": "Grace",
         *       "domain": "acme.com",
         *       "status": "pending",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "decidedAt": null
         *     }
         */
        JoinRequest: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            decidedAt: string | null;
            domain: string;
            email: string;
            id: string;
            name: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "denied";
            userId: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "jr_Qm4xT8vL2kP9sR1yB6nC3dF7gH0j",
         *           "userId": "user_1",
         *           "email": "grace@acme.com",
         *           "name": "Grace",
         *           "domain": "acme.com",
         *           "status": "pending",
         *           "createdAt": "2026-11-22T10:00:00.000Z",
         *           "decidedAt": null
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        JoinRequestPage: {
            items: components["schemas"]["JoinRequest"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "kty": "EC",
         *       "crv": "P-256",
         *       "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
         *       "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
         *       "kid": "local-2026-12-07-1a2b3c4d",
         *       "alg": "ES256",
         *       "use": "sig"
         *     }
         */
        Jwk: {
            /** @enum {string} */
            alg: "ES256";
            /** @enum {string} */
            crv: "P-256";
            kid: string;
            /** @enum {string} */
            kty: "EC";
            /** @enum {string} */
            use: "sig";
            x: string;
            y: string;
        };
        /**
         * @description The public keys that sign organization session tokens (RFC 7517).
         * @example {
         *       "keys": [
         *         {
         *           "kty": "EC",
         *           "crv": "P-256",
         *           "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
         *           "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
         *           "kid": "local-2026-12-07-1a2b3c4d",
         *           "alg": "ES256",
         *           "use": "sig"
         *         }
         *       ]
         *     }
         */
        Jwks: {
            keys: components["schemas"]["Jwk"][];
        };
        /**
         * @example {
         *       "userId": "user_grace",
         *       "email": "grace@example.com",
         *       "name": "Grace",
         *       "role": "developer",
         *       "status": "active",
         *       "joinedAt": "2026-11-22T10:12:00.000Z"
         *     }
         */
        Member: {
            /** @description The verified email the member joined with, if any */
            email: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            joinedAt: string;
            name: string | null;
            /**
             * @description A built-in role (owner, admin, developer, finance, member) or a custom role's key
             * @example developer
             */
            role: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            status: "active" | "blocked";
            userId: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "userId": "user_grace",
         *           "email": "grace@example.com",
         *           "name": "Grace",
         *           "role": "developer",
         *           "status": "active",
         *           "joinedAt": "2026-11-22T10:12:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        MemberPage: {
            items: components["schemas"]["RosterEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description An invitation to the caller, with what they need to decide
         * @example {
         *       "id": "inv_4kQ9zX2mP7rT1vW8yB3nC6dF0gH5jL",
         *       "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *       "email": "grace@example.com",
         *       "role": "developer",
         *       "status": "pending",
         *       "invitedBy": "user_ada",
         *       "createdAt": "2026-11-22T10:10:00.000Z",
         *       "expiresAt": "2026-11-29T10:10:00.000Z",
         *       "resendCount": 0,
         *       "organization": {
         *         "id": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *         "name": "Acme GmbH",
         *         "logoUrl": "https://cdn.example.com/logo.png"
         *       },
         *       "inviter": {
         *         "userId": "user_ada",
         *         "name": "Ada"
         *       }
         *     }
         */
        MyInvitation: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            /** Format: email */
            email: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            id: string;
            /** @description The inviter’s user id */
            invitedBy: string;
            inviter: {
                name: string | null;
                userId: string;
            };
            organization: {
                id: string;
                /** Format: uri */
                logoUrl: string | null;
                /** @description null only if the organization is gone */
                name: string | null;
            };
            orgId: string;
            resendCount: number;
            /**
             * @description A built-in role but owner (admin, developer, finance, member), or a custom role's key
             * @example developer
             */
            role: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "inv_4kQ9zX2mP7rT1vW8yB3nC6dF0gH5jL",
         *           "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *           "email": "grace@example.com",
         *           "role": "developer",
         *           "status": "pending",
         *           "invitedBy": "user_ada",
         *           "createdAt": "2026-11-22T10:10:00.000Z",
         *           "expiresAt": "2026-11-29T10:10:00.000Z",
         *           "resendCount": 0,
         *           "organization": {
         *             "id": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *             "name": "Acme GmbH",
         *             "logoUrl": "https://cdn.example.com/logo.png"
         *           },
         *           "inviter": {
         *             "userId": "user_ada",
         *             "name": "Ada"
         *           }
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        MyInvitationPage: {
            items: components["schemas"]["MyInvitation"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *       "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *       "name": "Acme GmbH",
         *       "role": "owner",
         *       "permissions": [
         *         "org:read",
         *         "org:settings",
         *         "members:invite",
         *         "members:manage"
         *       ],
         *       "status": "active",
         *       "joinedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        MyOrganization: {
            /** @description The organization’s id (as `Organization.id`) */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            joinedAt: string;
            name: string | null;
            /**
             * @deprecated
             * @description Same as `id`; kept for existing clients
             */
            orgId: string;
            /** @description What the role holds in this organization (application permissions included); [] while blocked */
            permissions: string[];
            /** @description A built-in role (owner, admin, developer, finance, member) or a custom role's key */
            role: string;
            /** @enum {string} */
            status: "active" | "blocked";
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *           "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *           "name": "Acme GmbH",
         *           "role": "owner",
         *           "permissions": [
         *             "org:read",
         *             "org:settings",
         *             "members:invite",
         *             "members:manage"
         *           ],
         *           "status": "active",
         *           "joinedAt": "2026-11-22T10:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        MyOrganizationPage: {
            items: components["schemas"]["MyOrganization"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "status": "pending_payment",
         *       "steps": [
         *         {
         *           "id": "plan",
         *           "done": true
         *         },
         *         {
         *           "id": "settings",
         *           "done": true
         *         },
         *         {
         *           "id": "billing",
         *           "done": true
         *         },
         *         {
         *           "id": "payment",
         *           "done": false
         *         }
         *       ],
         *       "paymentFailure": null
         *     }
         */
        Onboarding: {
            paymentFailure: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:00:00.000Z
                 */
                at: string;
                reason: string;
            } | null;
            /** @enum {string} */
            status: "sandbox" | "pending_payment" | "active";
            steps: {
                done: boolean;
                /** @enum {string} */
                id: "plan" | "settings" | "billing" | "payment";
            }[];
        };
        /**
         * @description An OpenAPI 3.1 document (this one)
         * @example {
         *       "openapi": "3.1.0",
         *       "info": {
         *         "title": "Orgs API",
         *         "version": "1.0.0"
         *       },
         *       "paths": {},
         *       "components": {}
         *     }
         */
        OpenApiDocument: {
            components: {
                [key: string]: unknown;
            };
            info: {
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
            /** @example 3.1.0 */
            openapi: string;
            paths: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "issuer": "https://api.example.com/",
         *       "jwks_uri": "https://api.example.com/.well-known/jwks.json",
         *       "id_token_signing_alg_values_supported": [
         *         "ES256"
         *       ]
         *     }
         */
        OpenIdConfiguration: {
            id_token_signing_alg_values_supported: "ES256"[];
            issuer: string;
            jwks_uri: string;
        };
        /**
         * @example {
         *       "id": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *       "name": "Acme GmbH",
         *       "timeZone": "Europe/Berlin",
         *       "branding": {
         *         "logoUrl": "https://cdn.example.com/logo.png",
         *         "bannerUrl": null,
         *         "badgeUrl": null
         *       },
         *       "mode": "sandbox",
         *       "status": "sandbox",
         *       "planId": "basic",
         *       "memberLimit": 10,
         *       "activeMemberCount": 1,
         *       "ownerId": "user_ada",
         *       "paymentFailed": false,
         *       "billingStatus": "ok",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:05:00.000Z"
         *     }
         */
        Organization: {
            activeMemberCount: number;
            /**
             * @description `none` before activation; `past_due` while a payment is failing; `restricted` when still unpaid PAYMENT_GRACE_SECONDS after the first failure or when Stripe marks the subscription unpaid or canceled (production API keys, creating them and inviting answer 402 PAYMENT_REQUIRED); a payment restores `ok` at once
             * @enum {string}
             */
            billingStatus: "none" | "ok" | "past_due" | "restricted";
            branding: components["schemas"]["Branding"];
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description While deletion is scheduled: when the purge may start; restore before it
             * @example 2026-11-22T10:00:00.000Z
             */
            deleteAt?: string;
            id: string;
            memberLimit: number;
            /** @enum {string} */
            mode: "sandbox" | "production";
            name: string;
            ownerId: string;
            paymentFailed: boolean;
            planId: string;
            /**
             * @description Onboarding status; `deletion_scheduled` while a deletion waits for its grace period (only the owner sees the organization then)
             * @enum {string}
             */
            status: "sandbox" | "pending_payment" | "active" | "deletion_scheduled";
            timeZone: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "exportedAt": "2026-11-22T10:00:00.000Z",
         *       "items": [
         *         {
         *           "kind": "workspace",
         *           "data": {
         *             "id": "ws_1",
         *             "name": "Default"
         *           }
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        OrganizationExportPage: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            exportedAt: string;
            items: components["schemas"]["ExportItem"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /**
             * @description On the first page only
             * @example {
             *       "id": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
             *       "name": "Acme GmbH",
             *       "timeZone": "Europe/Berlin",
             *       "branding": {
             *         "logoUrl": "https://cdn.example.com/logo.png",
             *         "bannerUrl": null,
             *         "badgeUrl": null
             *       },
             *       "mode": "sandbox",
             *       "status": "sandbox",
             *       "planId": "basic",
             *       "memberLimit": 10,
             *       "activeMemberCount": 1,
             *       "ownerId": "user_ada",
             *       "paymentFailed": false,
             *       "billingStatus": "ok",
             *       "createdAt": "2026-11-22T10:00:00.000Z",
             *       "updatedAt": "2026-11-22T10:05:00.000Z"
             *     }
             */
            organization?: {
                activeMemberCount: number;
                /**
                 * @description `none` before activation; `past_due` while a payment is failing; `restricted` when still unpaid PAYMENT_GRACE_SECONDS after the first failure or when Stripe marks the subscription unpaid or canceled (production API keys, creating them and inviting answer 402 PAYMENT_REQUIRED); a payment restores `ok` at once
                 * @enum {string}
                 */
                billingStatus: "none" | "ok" | "past_due" | "restricted";
                branding: components["schemas"]["Branding"];
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:00:00.000Z
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description While deletion is scheduled: when the purge may start; restore before it
                 * @example 2026-11-22T10:00:00.000Z
                 */
                deleteAt?: string;
                id: string;
                memberLimit: number;
                /** @enum {string} */
                mode: "sandbox" | "production";
                name: string;
                ownerId: string;
                paymentFailed: boolean;
                planId: string;
                /**
                 * @description Onboarding status; `deletion_scheduled` while a deletion waits for its grace period (only the owner sees the organization then)
                 * @enum {string}
                 */
                status: "sandbox" | "pending_payment" | "active" | "deletion_scheduled";
                timeZone: string;
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:00:00.000Z
                 */
                updatedAt: string;
            };
        };
        /**
         * @example {
         *       "token": "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImxvY2FsLTEifQ.eyJ…",
         *       "expiresAt": "2026-12-07T10:05:00.000Z"
         *     }
         */
        OrgSession: {
            /** @description When the token ends (its `exp`) */
            expiresAt: string;
            /** @description An ES256 JWT; verify it with the keys of `/.well-known/jwks.json` */
            token: string;
        };
        /**
         * @example {
         *       "orgId": "01JDX6Q4ZK8M3V7N2B5C9F0G1H",
         *       "fromUserId": "user_ada",
         *       "toUserId": "user_grace",
         *       "status": "pending",
         *       "createdAt": "2026-11-23T09:00:00.000Z"
         *     }
         */
        OwnershipTransfer: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            fromUserId: string;
            orgId: string;
            /** @enum {string} */
            status: "pending" | "completed";
            toUserId: string;
        };
        /**
         * @example {
         *       "permission": "members:invite",
         *       "area": "members",
         *       "allows": "invite, revoke, resend; approve join requests",
         *       "application": false,
         *       "roles": [
         *         "owner",
         *         "admin"
         *       ]
         *     }
         */
        PermissionCatalogEntry: {
            allows: string;
            /** @description An application permission: carried, not enforced, by this service */
            application: boolean;
            /** @enum {string} */
            area: "organization" | "members" | "billing" | "developer" | "audit" | "access" | "application";
            permission: string;
            /** @description The built-in roles holding it */
            roles: ("owner" | "admin" | "developer" | "finance" | "member")[];
        };
        /**
         * @example {
         *       "id": "pro",
         *       "name": "Pro",
         *       "memberLimit": 50,
         *       "features": [
         *         "custom_roles",
         *         "domains"
         *       ],
         *       "priceId": "price_1PqXyZ",
         *       "price": {
         *         "unitAmount": 4900,
         *         "currency": "eur",
         *         "interval": "month"
         *       }
         *     }
         */
        Plan: {
            /** @description What the plan unlocks; a gated route on a plan without it is 403 PLAN_FEATURE_UNAVAILABLE */
            features: ("custom_roles" | "domains" | "scim")[];
            /** @enum {string} */
            id: "basic" | "pro" | "enterprise";
            memberLimit: number;
            name: string;
            /** @description The price as Stripe holds it (read once per container); null when no price is configured or Stripe could not be reached */
            price: {
                /**
                 * @description ISO 4217, lower case
                 * @example eur
                 */
                currency: string;
                /** @enum {string} */
                interval: "day" | "week" | "month" | "year";
                /** @description In the currency’s smallest unit (cents) */
                unitAmount: number;
            } | null;
            /** @description The Stripe price id, when configured */
            priceId?: string;
        };
        /**
         * @example [
         *       {
         *         "id": "basic",
         *         "name": "Basic",
         *         "memberLimit": 10,
         *         "features": [],
         *         "price": null
         *       }
         *     ]
         */
        PlanList: components["schemas"]["Plan"][];
        /**
         * @example {
         *       "orgId": "org_8Jk2mQ4vX7zN1pR5tW9yB3cF6hL",
         *       "name": "Acme Inc",
         *       "mode": "sandbox",
         *       "via": "apiKey",
         *       "permissions": [
         *         "org:read",
         *         "developer:keys",
         *         "developer:webhooks",
         *         "workflows:read",
         *         "workflows:run"
         *       ],
         *       "keyId": "key_Vb3kqX0mQy8rT2nJ5wLc1dPz9sA",
         *       "keyName": "CI deploys"
         *     }
         */
        PlatformOrganization: {
            /** @description The API key (`via: apiKey`) */
            keyId?: string;
            keyName?: string;
            /** @enum {string} */
            mode: "sandbox" | "production";
            name: string;
            orgId: string;
            /** @description What the credential may do in the organization */
            permissions: string[];
            /** @description The member the session token speaks for (`via: orgSession`) */
            userId?: string;
            /**
             * @description The credential presented
             * @enum {string}
             */
            via: "apiKey" | "orgSession";
        };
        /**
         * @description RFC 9457 problem details
         * @example {
         *       "type": "https://orgs.dev/problems/validation-failed",
         *       "title": "Validation failed",
         *       "status": 400,
         *       "detail": "The request is not valid.",
         *       "code": "VALIDATION_FAILED",
         *       "requestId": "4f1c2a9e-3b7d-4c55-9a0e-2d8f6b1e7c30",
         *       "errors": [
         *         {
         *           "path": "body.name",
         *           "message": "Invalid input: expected string, received number"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /**
             * @description The stable code clients branch on
             * @enum {string}
             */
            code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "VALIDATION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "PRECONDITION_FAILED" | "IDEMPOTENCY_KEY_REUSED" | "CONFLICT" | "ORG_LIMIT_REACHED" | "MEMBER_LIMIT_REACHED" | "WORKSPACE_LIMIT_REACHED" | "PENDING_INVITATION_LIMIT_REACHED" | "ALREADY_MEMBER" | "INVITATION_PENDING" | "INVITATION_ALREADY_USED" | "INVITATION_EXPIRED" | "INVITATION_REVOKED" | "INVITATION_EMAIL_MISMATCH" | "USER_NOT_REGISTERED" | "EMAIL_NOT_VERIFIED" | "OWNER_REQUIRED" | "TRANSFER_NOT_ALLOWED" | "BILLING_DETAILS_REQUIRED" | "WEBHOOK_SIGNATURE_INVALID" | "WEBHOOK_URL_NOT_ALLOWED" | "RATE_LIMITED" | "ORG_NOT_ACTIVE" | "API_KEY_INVALID" | "API_KEY_REVOKED" | "API_KEY_EXPIRED" | "API_KEY_SUSPENDED" | "VERIFIED_EMAIL_REQUIRED" | "BAD_GATEWAY" | "UNAVAILABLE" | "PAYMENT_REQUIRED" | "PLAN_FEATURE_UNAVAILABLE" | "FEATURE_IN_USE" | "ROLE_EXISTS" | "ROLE_LIMIT_REACHED" | "ROLE_IN_USE" | "DOMAIN_NOT_ALLOWED" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "JOIN_REQUEST_PENDING" | "MFA_REQUIRED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "INTERNAL";
            /** @description What went wrong this time, for people */
            detail: string;
            /** @description One entry per invalid field (VALIDATION_FAILED only) */
            errors?: {
                /** @description What is wrong there */
                message: string;
                /** @description Where: `body.name`, `query.limit`, `params.orgId`, `headers.…` */
                path: string;
            }[];
            /** @description Equal to the `X-Request-Id` header; quote it in support requests */
            requestId: string;
            /** @description The HTTP status, repeated */
            status: number;
            /** @description The short, fixed title of the code */
            title: string;
            /**
             * Format: uri
             * @description A URI naming the kind of problem
             */
            type: string;
        };
        /**
         * @example {
         *       "id": "user_123",
         *       "email": "ada@example.com",
         *       "name": "Ada",
         *       "defaultOrgId": null,
         *       "createdAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        Profile: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            defaultOrgId: string | null;
            /**
             * Format: email
             * @description The verified email; null when the token’s is not verified
             */
            email: string | null;
            id: string;
            name: string | null;
        };
        /**
         * @example {
         *       "requireMfa": true,
         *       "allowedInviteDomains": [
         *         "example.com"
         *       ]
         *     }
         */
        PutSecurityPolicyRequest: {
            allowedInviteDomains: string[];
            requireMfa: boolean;
        };
        /**
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "dynamodb": {
         *           "status": "up",
         *           "latencyMs": 4
         *         }
         *       }
         *     }
         */
        Readiness: {
            checks: {
                dynamodb: {
                    /** @description How long the check took */
                    latencyMs: number;
                    /** @enum {string} */
                    status: "up";
                };
            };
            /** @enum {string} */
            status: "ready";
        };
        /**
         * @example {
         *       "key": "support",
         *       "name": "Support",
         *       "description": "Answers customers",
         *       "builtIn": false,
         *       "permissions": [
         *         "org:read",
         *         "workflows:read"
         *       ],
         *       "holders": 2,
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        Role: {
            /** @description Built-in roles are fixed; custom roles are the organization’s */
            builtIn: boolean;
            createdAt: string | null;
            description: string | null;
            /** @description Members and pending invitations holding a custom role (null for built-in roles) */
            holders: number | null;
            /** @description A built-in role (owner, admin, developer, finance, member) or a custom role's key */
            key: string;
            name: string;
            permissions: string[];
            updatedAt: string | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "key": "member",
         *           "name": "Member",
         *           "description": "Reads the organization.",
         *           "builtIn": true,
         *           "permissions": [
         *             "org:read",
         *             "workflows:read"
         *           ],
         *           "holders": null,
         *           "createdAt": null,
         *           "updatedAt": null
         *         }
         *       ],
         *       "nextCursor": null,
         *       "permissions": [
         *         {
         *           "permission": "org:read",
         *           "area": "organization",
         *           "allows": "read the organization, members, workspaces",
         *           "application": false,
         *           "roles": [
         *             "owner",
         *             "admin",
         *             "developer",
         *             "finance",
         *             "member"
         *           ]
         *         }
         *       ]
         *     }
         */
        RoleList: {
            items: components["schemas"]["Role"][];
            nextCursor: null;
            /** @description The catalog the API enforces: what a custom role or a key scope may hold. Transfer, deletion, restore and export stay the owner’s and are not in it. */
            permissions: components["schemas"]["PermissionCatalogEntry"][];
        };
        /**
         * @example {
         *       "expiresInSeconds": 3600
         *     }
         */
        RollApiKey: {
            /** @default 0 */
            expiresInSeconds: number;
        };
        /**
         * @example {
         *       "id": "key_N7pWq2xR5tY8uI1oP4aS6dF9gH3",
         *       "name": "CI deploys",
         *       "mode": "sandbox",
         *       "start": "orgs_test_4fQ9",
         *       "status": "active",
         *       "createdBy": "user_ada",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "expiresAt": null,
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "rolledTo": null,
         *       "rolledFrom": "key_Vb3kqX0mQy8rT2nJ5wLc1dPz9sA",
         *       "permissions": [
         *         "org:read",
         *         "developer:keys"
         *       ],
         *       "key": "orgs_test_4fQ9kWm2ZrT8vYx1LpN3sB7dH5jC0aE6g2iO9q1",
         *       "previous": {
         *         "id": "key_Vb3kqX0mQy8rT2nJ5wLc1dPz9sA",
         *         "name": "CI deploys",
         *         "mode": "sandbox",
         *         "start": "orgs_test_4fQ9",
         *         "status": "active",
         *         "createdBy": "user_ada",
         *         "createdAt": "2026-11-22T10:00:00.000Z",
         *         "expiresAt": "2026-11-22T11:00:00.000Z",
         *         "lastUsedAt": "2026-11-22T10:05:00.000Z",
         *         "revokedAt": null,
         *         "rolledTo": "key_N7pWq2xR5tY8uI1oP4aS6dF9gH3",
         *         "rolledFrom": null,
         *         "permissions": [
         *           "org:read",
         *           "developer:keys"
         *         ]
         *       }
         *     }
         */
        RolledApiKey: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string | null;
            id: string;
            /**
             * @description The secret, shown in this response only (and to a retry with the same Idempotency-Key within 24 h)
             * @example orgs_test_4fQ9kWm2ZrT8vYx1LpN3sB7dH5jC0aE6g2iO9q1
             */
            key: string;
            /**
             * Format: date-time
             * @description To the minute
             * @example 2026-11-22T10:00:00.000Z
             */
            lastUsedAt: string | null;
            /** @enum {string} */
            mode: "sandbox" | "production";
            name: string;
            /** @description The key's scope (null: a key created before scopes, which acts with all its creator's permissions) */
            permissions: string[] | null;
            previous: components["schemas"]["ApiKey"];
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            revokedAt: string | null;
            /** @description The key this one replaced */
            rolledFrom: string | null;
            /** @description The key a roll replaced this one with */
            rolledTo: string | null;
            /**
             * @description Prefix, mode and the first characters, to tell keys apart
             * @example orgs_test_4fQ9
             */
            start: string;
            /**
             * @description `suspended`: its creator is no longer an active member whose role has developer features (restoring them restores the key)
             * @enum {string}
             */
            status: "active" | "revoked" | "expired" | "suspended";
        };
        /**
         * @description A member (`active`, `blocked`) or an invitee (`invited`)
         * @example {
         *       "userId": "user_grace",
         *       "email": "grace@example.com",
         *       "name": "Grace",
         *       "role": "developer",
         *       "status": "active",
         *       "joinedAt": "2026-11-22T10:12:00.000Z"
         *     }
         */
        RosterEntry: components["schemas"]["Member"] | components["schemas"]["Invitee"];
        /**
         * @example {
         *       "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
         *       "previousSecretExpiresAt": "2026-11-23T10:00:00.000Z"
         *     }
         */
        RotatedWebhookSecret: {
            /**
             * Format: date-time
             * @description Until then, deliveries carry both signatures.
             * @example 2026-11-22T10:00:00.000Z
             */
            previousSecretExpiresAt: string;
            /**
             * @description The signing secret (Standard Webhooks `whsec_` format). Shown only here.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        /**
         * @example {
         *       "schemas": [
         *         "urn:ietf:params:scim:schemas:core:2.0:User"
         *       ],
         *       "id": "scimusr_9x",
         *       "userName": "ada@example.com",
         *       "name": {
         *         "givenName": "Ada",
         *         "familyName": "Lovelace"
         *       },
         *       "active": true,
         *       "meta": {
         *         "resourceType": "User",
         *         "version": "W/\"1\""
         *       }
         *     }
         */
        ScimResource: {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": "scimtok_2f8k",
         *       "name": "Okta",
         *       "start": "orgs_scim_a1B2",
         *       "status": "active",
         *       "createdBy": "user_1",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "revokedAt": null,
         *       "lastActivityAt": "2026-11-23T08:00:00.000Z",
         *       "lastActivity": "scim.user_created"
         *     }
         */
        ScimToken: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            id: string;
            /** @description What that change was, as the audit log names it (e.g. `scim.user_created`) */
            lastActivity: string | null;
            /**
             * Format: date-time
             * @description The last provisioning change made with it (recorded at most once a minute)
             * @example 2026-11-22T10:00:00.000Z
             */
            lastActivityAt: string | null;
            name: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            revokedAt: string | null;
            /** @description The first characters, to tell tokens apart */
            start: string;
            /** @enum {string} */
            status: "active" | "revoked";
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "scimtok_2f8k",
         *           "name": "Okta",
         *           "start": "orgs_scim_a1B2",
         *           "status": "active",
         *           "createdBy": "user_1",
         *           "createdAt": "2026-11-22T10:00:00.000Z",
         *           "revokedAt": null,
         *           "lastActivityAt": "2026-11-23T08:00:00.000Z",
         *           "lastActivity": "scim.user_created"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ScimTokenPage: {
            items: components["schemas"]["ScimToken"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "requireMfa": true,
         *       "allowedInviteDomains": [
         *         "example.com"
         *       ],
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        SecurityPolicy: {
            allowedInviteDomains: string[];
            requireMfa: boolean;
            updatedAt: string | null;
        };
        /**
         * @example {
         *       "setupIntentId": "seti_123",
         *       "clientSecret": "seti_123_secret_abc"
         *     }
         */
        SetupIntent: {
            clientSecret: string;
            setupIntentId: string;
        };
        /**
         * @example {
         *       "toUserId": "user_123"
         *     }
         */
        StartOwnershipTransferRequest: {
            toUserId: string;
        };
        /**
         * @description A Stripe Event, as Stripe sends it to webhook endpoints
         * @example {
         *       "id": "evt_1Q2w3E4r5T6y7U8i",
         *       "object": "event",
         *       "type": "setup_intent.succeeded",
         *       "created": 1764583200,
         *       "data": {
         *         "object": {
         *           "id": "seti_123",
         *           "object": "setup_intent",
         *           "status": "succeeded"
         *         }
         *       }
         *     }
         */
        StripeEvent: {
            created: number;
            data: {
                object: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            id: string;
            /** @enum {string} */
            object: "event";
            /** @example setup_intent.succeeded */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw",
         *       "planId": "pro",
         *       "status": "active",
         *       "currentPeriodStart": "2026-12-01T10:00:00.000Z",
         *       "currentPeriodEnd": "2026-12-31T10:00:00.000Z",
         *       "cancelAtPeriodEnd": false
         *     }
         */
        Subscription: {
            /** @description true while deletion is scheduled */
            cancelAtPeriodEnd: boolean;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            currentPeriodEnd: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            currentPeriodStart: string;
            id: string;
            /**
             * @description The plan of its price (null: a price no plan has)
             * @enum {string|null}
             */
            planId: "basic" | "pro" | "enterprise" | null;
            /** @description Stripe's subscription status: `active`, `incomplete` (the first payment failed), `past_due`, `unpaid`, `canceled`, … */
            status: string;
        };
        /**
         * @example {
         *       "orgId": "org_8f2kq0",
         *       "name": "Acme Inc",
         *       "logoUrl": null,
         *       "domain": "acme.com"
         *     }
         */
        SuggestedOrganization: {
            domain: string;
            logoUrl: string | null;
            name: string;
            orgId: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "orgId": "org_8f2kq0",
         *           "name": "Acme Inc",
         *           "logoUrl": null,
         *           "domain": "acme.com"
         *         }
         *       ]
         *     }
         */
        SuggestedOrganizationList: {
            items: components["schemas"]["SuggestedOrganization"][];
        };
        /**
         * @example {
         *       "enrollment": "suggest",
         *       "role": "member"
         *     }
         */
        UpdateDomainRequest: {
            /** @enum {string} */
            enrollment?: "none" | "suggest" | "auto_invite";
            /** @enum {string} */
            role?: "admin" | "developer" | "finance" | "member";
        };
        /**
         * @example {
         *       "name": "Ada Lovelace"
         *     }
         */
        UpdateMeRequest: {
            defaultOrgId?: string;
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name?: string;
        };
        /**
         * @example {
         *       "name": "Acme GmbH",
         *       "branding": {
         *         "logoUrl": "https://cdn.example.com/logo.png",
         *         "bannerUrl": null
         *       }
         *     }
         */
        UpdateOrganizationRequest: {
            branding?: {
                /**
                 * Format: uri
                 * @example https://cdn.example.com/logo.png
                 */
                badgeUrl?: string | null;
                /**
                 * Format: uri
                 * @example https://cdn.example.com/logo.png
                 */
                bannerUrl?: string | null;
                /**
                 * Format: uri
                 * @example https://cdn.example.com/logo.png
                 */
                logoUrl?: string | null;
            };
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name?: string;
            /** @example Europe/Berlin */
            timeZone?: string;
        };
        /**
         * @example {
         *       "permissions": [
         *         "org:read",
         *         "members:invite"
         *       ]
         *     }
         */
        UpdateRoleRequest: {
            description?: string | null;
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name?: string;
            /**
             * @description Permissions of the catalog (`permissions` of GET /orgs/{orgId}/roles), service or application ones; never more than the caller holds (else 403).
             * @example [
             *       "org:read",
             *       "members:invite",
             *       "workflows:read"
             *     ]
             */
            permissions?: string[];
        };
        /**
         * @example {
         *       "status": "disabled"
         *     }
         */
        UpdateWebhookEndpoint: {
            description?: string | null;
            /**
             * @example [
             *       "member.removed",
             *       "invitation.accepted"
             *     ]
             */
            events?: ("*" | "invitation.created" | "invitation.accepted" | "invitation.revoked" | "invitation.expired" | "member.role_changed" | "member.blocked" | "member.unblocked" | "member.removed" | "ownership.transferred" | "organization.updated" | "organization.activated" | "billing.payment_failed" | "billing.subscription_updated" | "billing.invoice_paid" | "api_key.created" | "api_key.revoked" | "domain.verified" | "domain.unverified")[];
            /** @enum {string} */
            status?: "enabled" | "disabled";
            /** @example https://hooks.example.com/orgs */
            url?: string;
        };
        /**
         * @example {
         *       "id": "dlv_20261122100000000_3Xr8wPZ0c1kq2v3b4n5m6L",
         *       "eventId": "evt_3Xr8wPZ0c1kq2v3b4n5m6L",
         *       "eventType": "member.removed",
         *       "attempt": 2,
         *       "status": "succeeded",
         *       "responseStatus": 200,
         *       "durationMs": 84,
         *       "error": null,
         *       "nextAttemptAt": null,
         *       "attempts": [
         *         {
         *           "attempt": 1,
         *           "at": "2026-11-22T10:00:00.400Z",
         *           "responseStatus": 500,
         *           "durationMs": 120,
         *           "error": "HTTP 500"
         *         },
         *         {
         *           "attempt": 2,
         *           "at": "2026-11-22T10:00:05.600Z",
         *           "responseStatus": 200,
         *           "durationMs": 84
         *         }
         *       ],
         *       "createdAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        WebhookDelivery: {
            /** @description Attempts made so far */
            attempt: number;
            attempts: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:00:00.000Z
                 */
                at: string;
                attempt: number;
                durationMs: number;
                error?: string;
                responseStatus?: number;
            }[];
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            durationMs: number | null;
            error: string | null;
            /** @description The `webhook-id` header of every attempt */
            eventId: string;
            eventType: string;
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            nextAttemptAt: string | null;
            responseStatus: number | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
        };
        /**
         * @example {
         *       "id": "whep_3q2Yv9XkqJ0cV6WZz1bGQ9uQk1E",
         *       "url": "https://hooks.example.com/orgs",
         *       "description": "CRM sync",
         *       "events": [
         *         "*"
         *       ],
         *       "mode": null,
         *       "status": "enabled",
         *       "disabledReason": null,
         *       "createdBy": "user_123",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        WebhookEndpoint: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            description: string | null;
            /** @enum {string|null} */
            disabledReason: "manual" | "failing" | null;
            events: string[];
            id: string;
            /** @enum {string|null} */
            mode: "sandbox" | "production" | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            updatedAt: string;
            url: string;
        };
        /**
         * @example {
         *       "received": true,
         *       "duplicate": false,
         *       "ignored": false
         *     }
         */
        WebhookReceipt: {
            /** @description This event id was applied before; nothing changed */
            duplicate: boolean;
            /** @description An event type the service does not act on */
            ignored: boolean;
            /** @enum {boolean} */
            received: true;
        };
        /**
         * @example {
         *       "id": "01JDX7A2B3C4D5E6F7G8H9J0KN",
         *       "name": "Staging",
         *       "createdBy": "user_ada",
         *       "createdAt": "2026-11-22T10:05:00.000Z",
         *       "isDefault": false
         *     }
         */
        Workspace: {
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            createdAt: string;
            createdBy: string;
            id: string;
            isDefault: boolean;
            name: string;
        };
        /**
         * @example {
         *       "name": "Staging"
         *     }
         */
        WorkspaceNameRequest: {
            /** @description NFC, trimmed, 1–100 characters; no control characters, no bidirectional overrides or isolates, not invisible-only. */
            name: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "01JDX7A2B3C4D5E6F7G8H9J0KN",
         *           "name": "Staging",
         *           "createdBy": "user_ada",
         *           "createdAt": "2026-11-22T10:05:00.000Z",
         *           "isDefault": false
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        WorkspacePage: {
            items: components["schemas"]["Workspace"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: {
        /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
        Cursor: string;
        /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
        IdempotencyKey: string;
        /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
        IfMatch: string;
        /** @description The `ETag` of a copy you hold: 304 without a body while it is current. */
        IfNoneMatch: string;
        /** @description Page size: decimal digits, 1 to 100. */
        Limit: number;
        /** @description `t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">` with the webhook secret, at most 5 minutes old (set by Stripe). */
        StripeSignature: string;
    };
    requestBodies: never;
    headers: {
        /** @description The organization’s version, a strong ETag; send it back as `If-Match` or `If-None-Match`. */
        ETag: string;
        /** @description `true` when this is the stored response to an earlier request with the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
        /** @description The path of the created resource. */
        Location: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description The Bearer challenge (RFC 6750), with `error="invalid_token"` when a token was sent. */
        WWWAuthenticate: string;
        /** @description The request id; equal to `requestId` in problem details. Quote it in support requests. */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JWK set */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenIdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discovery document */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenIdConfiguration"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service answers */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency answers */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The invitation’s id (from the invitation email or a list). */
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active membership */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedMembership"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation is for another email: `INVITATION_EMAIL_MISMATCH` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Member limit reached; Already a member; Invitation already used: `MEMBER_LIMIT_REACHED`, `ALREADY_MEMBER`, `INVITATION_ALREADY_USED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation expired; Invitation revoked: `INVITATION_EXPIRED`, `INVITATION_REVOKED` */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The invitation’s id (from the invitation email or a list). */
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Declined */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation is for another email: `INVITATION_EMAIL_MISMATCH` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation already used: `INVITATION_ALREADY_USED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation expired; Invitation revoked: `INVITATION_EXPIRED`, `INVITATION_REVOKED` */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            /** @description Updated profile */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyInvitations: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInvitationPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyOrganizations: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memberships */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyOrganizationPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSuggestedOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggestions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestedOrganizationList"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Verified email required: `VERIFIED_EMAIL_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Organization limit reached: `ORG_LIMIT_REACHED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of a copy you hold: 304 without a body while it is current. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Not modified: the `If-None-Match` version is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteOrganizationRequest"];
            };
        };
        responses: {
            /** @description Deletion scheduled */
            202: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationRequest"];
            };
        };
        responses: {
            /** @description Updated organization (its new ETag) */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only keys of this mode (`sandbox` keys are `orgs_test_…`, `production` keys `orgs_live_…`). */
                mode?: "sandbox" | "production";
                /** @description Only entries with this status. */
                status?: "active" | "revoked" | "expired" | "suspended";
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description Created; `key` is the secret */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payment required: `PAYMENT_REQUIRED` */
            402: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Organization not in production: `ORG_NOT_ACTIVE` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key’s id (not the secret). */
                keyId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key’s id (not the secret). */
                keyId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The API key’s id (not the secret). */
                keyId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollApiKey"];
            };
        };
        responses: {
            /** @description The new key (with its secret) and the old one as it is now */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolledApiKey"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; Organization not in production: `CONFLICT`, `ORG_NOT_ACTIVE` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Only entries with this action, e.g. `workspace.created`. */
                action?: string;
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Billing details */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Billing"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BillingDetailsRequest"];
            };
        };
        responses: {
            /** @description Saved billing details */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Billing"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream service failed: `BAD_GATEWAY` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSetupIntent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SetupIntent */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupIntent"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing details required: `BILLING_DETAILS_REQUIRED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream service failed: `BAD_GATEWAY` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBrandingAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Which image: `logo`, `banner` or `badge`. */
                asset: "logo" | "banner" | "badge";
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBrandingUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Which image: `logo`, `banner` or `badge`. */
                asset: "logo" | "banner" | "badge";
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBrandingUploadRequest"];
            };
        };
        responses: {
            /** @description Where and how to upload */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingUploadTicket"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBrandingUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Which image: `logo`, `banner` or `badge`. */
                asset: "logo" | "banner" | "badge";
                /** @description The organization’s id. */
                orgId: string;
                /** @description The upload’s id (from creating the upload). */
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingUpload"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Domains */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDomainRequest"];
            };
        };
        responses: {
            /** @description Pending domain */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description Validation failed; Domain not allowed: `VALIDATION_FAILED`, `DOMAIN_NOT_ALLOWED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; Domain verified by another organization: `CONFLICT`, `DOMAIN_TAKEN` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain’s id (from adding it or the list). */
                domainId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain’s id (from adding it or the list). */
                domainId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDomainRequest"];
            };
        };
        responses: {
            /** @description Updated domain */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Domain not verified: `DOMAIN_NOT_VERIFIED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The domain’s id (from adding it or the list). */
                domainId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verified domain */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Domain verified by another organization; Domain not verified: `DOMAIN_TAKEN`, `DOMAIN_NOT_VERIFIED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportOrganization: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the export */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationExportPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only entries with this status. */
                status?: "pending" | "accepted" | "declined" | "revoked" | "expired";
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationRequest"];
            };
        };
        responses: {
            /** @description Pending invitation */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payment required: `PAYMENT_REQUIRED` */
            402: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Verified email required; Multi-factor sign-in required: `FORBIDDEN`, `VERIFIED_EMAIL_REQUIRED`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Pending invitation limit reached; Already a member; Invitation already pending: `PENDING_INVITATION_LIMIT_REACHED`, `ALREADY_MEMBER`, `INVITATION_PENDING` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request; User not registered; Email not verified: `IDEMPOTENCY_KEY_REUSED`, `USER_NOT_REGISTERED`, `EMAIL_NOT_VERIFIED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: `RATE_LIMITED` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation’s id (from the invitation email or a list). */
                invitationId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation’s id (from the invitation email or a list). */
                invitationId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation already used: `INVITATION_ALREADY_USED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation expired: `INVITATION_EXPIRED` */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The invitation’s id (from the invitation email or a list). */
                invitationId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Renewed invitation */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation already used: `INVITATION_ALREADY_USED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invitation expired; Invitation revoked: `INVITATION_EXPIRED`, `INVITATION_REVOKED` */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: `RATE_LIMITED` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invoices */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJoinRequests: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only entries with this status. */
                status?: "pending" | "approved" | "denied";
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Join requests */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinRequestPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createJoinRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending request */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedJoinRequest"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Email domain not allowed: `EMAIL_DOMAIN_NOT_ALLOWED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already a member; Join request pending: `ALREADY_MEMBER`, `JOIN_REQUEST_PENDING` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveJoinRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The join request’s id (from the list). */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved request */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinRequest"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; Member limit reached; Already a member: `CONFLICT`, `MEMBER_LIMIT_REACHED`, `ALREADY_MEMBER` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    denyJoinRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The join request’s id (from the list). */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Denied request */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinRequest"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only members with this role. */
                role?: string;
                /** @description Only entries with this status. */
                status?: "invited" | "active" | "blocked";
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roster */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The member’s user id. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Membership */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The member’s user id. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Owner required: `OWNER_REQUIRED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The member’s user id. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRoleRequest"];
            };
        };
        responses: {
            /** @description Membership */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Owner required: `OWNER_REQUIRED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    blockMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The member’s user id. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Blocked membership */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Owner required: `OWNER_REQUIRED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unblockMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The member’s user id. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active membership */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Member limit reached; Owner required: `MEMBER_LIMIT_REACHED`, `OWNER_REQUIRED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Onboarding */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onboarding"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOwnershipTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending transfer */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipTransfer"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startOwnershipTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartOwnershipTransferRequest"];
            };
        };
        responses: {
            /** @description Pending transfer */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipTransfer"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Transfer not allowed: `TRANSFER_NOT_ALLOWED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOwnershipTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptOwnershipTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Completed transfer */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipTransfer"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Transfer not allowed: `TRANSFER_NOT_ALLOWED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    choosePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChoosePlanRequest"];
            };
        };
        responses: {
            /** @description The organization on its new plan */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Member limit reached; Feature in use: `MEMBER_LIMIT_REACHED`, `FEATURE_IN_USE` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream service failed: `BAD_GATEWAY` */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization, restored */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roles */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            /** @description The role */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role exists; Role limit reached: `ROLE_EXISTS`, `ROLE_LIMIT_REACHED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A custom role’s key (built-in roles are fixed). */
                key: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role in use: `ROLE_IN_USE` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A custom role’s key (built-in roles are fixed). */
                key: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            /** @description The role */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimTokens: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimTokenPage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScimToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScimToken"];
            };
        };
        responses: {
            /** @description Created; `token` is the secret */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedScimToken"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Not in the organization's plan; Multi-factor sign-in required: `FORBIDDEN`, `PLAN_FEATURE_UNAVAILABLE`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The SCIM token’s id (not the secret). */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSecurityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicy"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSecurityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSecurityPolicyRequest"];
            };
        };
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicy"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrgSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgSession"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Endpoints */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookEndpoint"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description Validation failed; Webhook URL not allowed: `VALIDATION_FAILED`, `WEBHOOK_URL_NOT_ALLOWED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint’s id. */
                endpointId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Endpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint’s id. */
                endpointId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint’s id. */
                endpointId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpoint"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Validation failed; Webhook URL not allowed: `VALIDATION_FAILED`, `WEBHOOK_URL_NOT_ALLOWED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The webhook endpoint’s id. */
                endpointId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The delivery’s id (from the delivery log). */
                deliveryId: string;
                /** @description The webhook endpoint’s id. */
                endpointId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued for an attempt now */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The webhook endpoint’s id. */
                endpointId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookSecret"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The webhook endpoint’s id. */
                endpointId: string;
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempt */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page, unchanged. Opaque and tamper-evident: a cursor from another list, organization or filter is 400. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Page size: decimal digits, 1 to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workspaces */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspacePage"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The organization’s id. */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceNameRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict; Workspace limit reached: `CONFLICT`, `WORKSPACE_LIMIT_REACHED` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The workspace’s id. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workspace */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Multi-factor sign-in required: `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The workspace’s id. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization’s id. */
                orgId: string;
                /** @description The workspace’s id. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceNameRequest"];
            };
        };
        responses: {
            /** @description Renamed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthenticated: `UNAUTHENTICATED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; Multi-factor sign-in required: `FORBIDDEN`, `MFA_REQUIRED` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CONFLICT` */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plans */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimGroups: {
        parameters: {
            query?: {
                /** @description At most this many results (default and maximum 100). */
                count?: string;
                /** @description Attributes left out of the answer (RFC 7644 §3.9): `members` leaves a group’s members out. */
                excludedAttributes?: string;
                /** @description A SCIM filter (RFC 7644 §3.4.2.2): `eq` with `and`/`or`; Users on `userName`, `externalId`, `emails.value`, `id`; Groups on `displayName`, `externalId`, `id`. */
                filter?: string;
                /** @description The 1-based index of the first result (default 1). */
                startIndex?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ListResponse of groups */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScimGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimResource"];
            };
        };
        responses: {
            /** @description The group */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScimGroup: {
        parameters: {
            query?: {
                /** @description Attributes left out of the answer (RFC 7644 §3.9): `members` leaves a group’s members out. */
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putScimGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimResource"];
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteScimGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateScimGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimResource"];
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimResourceTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ListResponse of resource types */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ListResponse of schemas */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScimServiceProviderConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScimUsers: {
        parameters: {
            query?: {
                /** @description At most this many results (default and maximum 100). */
                count?: string;
                /** @description A SCIM filter (RFC 7644 §3.4.2.2): `eq` with `and`/`or`; Users on `userName`, `externalId`, `emails.value`, `id`; Groups on `displayName`, `externalId`, `id`. */
                filter?: string;
                /** @description The 1-based index of the first result (default 1). */
                startIndex?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ListResponse of users */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScimUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key (per caller and route) and body within 24 h answer the first response again, with `Idempotent-Replayed: true`; the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`. A 503 is never stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimResource"];
            };
        };
        responses: {
            /** @description The user */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with another request: `IDEMPOTENCY_KEY_REUSED` */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScimUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putScimUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimResource"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteScimUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateScimUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` from `GET /orgs/{orgId}` (or `*`): the change applies only to that version, else 412 `PRECONDITION_FAILED`. Weak ETags never match. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The SCIM resource’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScimResource"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimResource"];
                };
            };
            /** @description Validation failed: `VALIDATION_FAILED` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `NOT_FOUND` */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlatformOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the key acts for */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformOrganization"];
                };
            };
            /** @description Unauthenticated; API key invalid; API key revoked; API key expired; API key suspended: `UNAUTHENTICATED`, `API_KEY_INVALID`, `API_KEY_REVOKED`, `API_KEY_EXPIRED`, `API_KEY_SUSPENDED` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payment required: `PAYMENT_REQUIRED` */
            402: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Organization not in production: `ORG_NOT_ACTIVE` */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveStripeEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">` with the webhook secret, at most 5 minutes old (set by Stripe). */
                "Stripe-Signature": components["parameters"]["StripeSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StripeEvent"];
            };
        };
        responses: {
            /** @description Received */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReceipt"];
                };
            };
            /** @description Validation failed; Webhook signature invalid: `VALIDATION_FAILED`, `WEBHOOK_SIGNATURE_INVALID` */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: the API’s rate limit (API Gateway answers `{ "message" }`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Internal error: `INTERNAL` */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable: `UNAVAILABLE` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
