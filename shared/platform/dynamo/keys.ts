import { createHash } from 'node:crypto';

/** Every key of the single table is built here and nowhere else. */
export const keys = {
  user: (userId: string) => ({ PK: `USER#${userId}`, SK: 'PROFILE' }),
  userByEmail: (email: string) => ({ GSI1PK: `EMAIL#${email}`, GSI1SK: 'USER' }),
  /** a user whose token's email is not verified: found only to say so to an inviter */
  userByUnverifiedEmail: (email: string) => ({ GSI1PK: `EMAIL#${email}`, GSI1SK: 'USER_UNVERIFIED' }),
  orgOwnership: (userId: string) => ({ PK: `USER#${userId}`, SK: 'OWNS' }),
  org: (orgId: string) => ({ PK: `ORG#${orgId}`, SK: 'META' }),
  /** members and pending invitees share the `MEMBER#` prefix so one Query pages the whole roster */
  member: (orgId: string, userId: string) => ({ PK: `ORG#${orgId}`, SK: `MEMBER#USER#${userId}` }),
  memberOfUser: (userId: string, orgId: string) => ({ GSI1PK: `USER#${userId}`, GSI1SK: `ORG#${orgId}` }),
  invitation: (orgId: string, invitationId: string) => ({ PK: `ORG#${orgId}`, SK: `INVITE#${invitationId}` }),
  invitationByEmail: (email: string, orgId: string, invitationId: string) => ({
    GSI1PK: `EMAIL#${email}`,
    GSI1SK: `INVITE#${orgId}#${invitationId}`,
  }),
  /** sparse index entry present only while the invitation is pending; spread over shards by invitation id */
  pendingInvitationExpiry: (expiresAt: string, orgId: string, invitationId: string) => ({
    GSI2PK: pendingInvitationShard(shardOf(invitationId, PENDING_INVITATION_SHARDS)),
    GSI2SK: `${expiresAt}#${orgId}#${invitationId}`,
  }),
  /** exists exactly while an invitation to this email is pending: one pending invitation per email per org */
  inviteeGuard: (orgId: string, email: string) => ({ PK: `ORG#${orgId}`, SK: `MEMBER#INVITEE#${email}` }),
  /** points an invitation id (all the invitee's link carries) at its org */
  invitationLookup: (invitationId: string) => ({ PK: `INVITATION#${invitationId}`, SK: 'LOOKUP' }),
  workspace: (orgId: string, workspaceId: string) => ({ PK: `ORG#${orgId}`, SK: `WS#${workspaceId}` }),
  workspaceName: (orgId: string, nameKey: string) => ({ PK: `ORG#${orgId}`, SK: `WSNAME#${nameKey}` }),
  /** how many workspaces the org has (absent until its first workspace beside the default one) */
  workspaceCount: (orgId: string) => ({ PK: `ORG#${orgId}`, SK: 'COUNT#WORKSPACES' }),
  /** how many of the org's invitations are pending (absent until its first invitation after the cap existed) */
  pendingInvitationCount: (orgId: string) => ({ PK: `ORG#${orgId}`, SK: 'COUNT#PENDING_INVITATIONS' }),
  /** a TTL-deleted invitation's count already released (redelivered stream records release nothing); expires by TTL */
  pendingInvitationReleased: (invitationId: string) => ({
    PK: `PENDING_RELEASED#${invitationId}`,
    SK: 'RELEASED',
  }),
  auditEntry: (orgId: string, entryId: string) => ({ PK: `ORG#${orgId}`, SK: `AUDIT#${entryId}` }),
  billing: (orgId: string) => ({ PK: `ORG#${orgId}`, SK: 'BILLING' }),
  /** the org's Stripe subscription as last read from Stripe */
  subscription: (orgId: string) => ({ PK: `ORG#${orgId}`, SK: 'SUBSCRIPTION' }),
  /** invoices sort by Stripe's creation time, so one Query pages them newest first */
  invoice: (orgId: string, createdAt: string, invoiceId: string) => ({
    PK: `ORG#${orgId}`,
    SK: `INVOICE#${createdAt}#${invoiceId}`,
  }),
  ownershipTransfer: (orgId: string) => ({ PK: `ORG#${orgId}`, SK: 'TRANSFER' }),
  stripeEvent: (eventId: string) => ({ PK: `STRIPE_EVENT#${eventId}`, SK: 'EVENT' }),
  stripeCustomer: (customerId: string) => ({ PK: `STRIPE_CUSTOMER#${customerId}`, SK: 'ORG' }),
  idempotency: (scope: string, keyHash: string) => ({ PK: `IDEMPOTENCY#${scope}#${keyHash}`, SK: 'REQUEST' }),
  emailSent: (eventId: string, recipient: string) => ({ PK: `EMAIL_SENT#${eventId}`, SK: `TO#${recipient}` }),
  /** never written: readiness reads it to prove the table answers */
  readinessProbe: () => ({ PK: 'READINESS', SK: 'PROBE' }),
  rateLimit: (subject: string, window: string) => ({ PK: `RATE#${subject}`, SK: `WINDOW#${window}` }),
  /** sparse index entry on the org item while its deletion is scheduled: the cleanup finds due purges */
  orgDeletionDue: (deleteAt: string, orgId: string) => ({
    GSI2PK: orgDeletionShard(shardOf(orgId, ORG_DELETION_SHARDS)),
    GSI2SK: `${deleteAt}#${orgId}`,
  }),
  /** what stays of a purged organization, for support: `{ id, deletedAt, by }` */
  orgTombstone: (orgId: string) => ({ PK: `DELETED_ORG#${orgId}`, SK: 'TOMBSTONE' }),
  /** an API key as people see it (never its hash: stream consumers turn this item into events) */
  apiKey: (orgId: string, keyId: string) => ({ PK: `ORG#${orgId}`, SK: `APIKEY#${keyId}` }),
  /** where a key's lookup item is, kept apart from the key item; revoke/roll/purge follow it */
  apiKeyHashRef: (orgId: string, keyId: string) => ({ PK: `ORG#${orgId}`, SK: `APIKEYREF#${keyId}` }),
  /** verification finds a presented key by its SHA-256 (hex) alone */
  apiKeyLookup: (hash: string) => ({ PK: `APIKEY_HASH#${hash}`, SK: 'KEY' }),
  webhookEndpoint: (orgId: string, endpointId: string) => ({
    PK: `ORG#${orgId}`,
    SK: `WEBHOOK#${endpointId}`,
  }),
  /** its own partition: only the deliverer's role may read items under `WEBHOOK_SECRET#` (IAM LeadingKeys) */
  webhookSecret: (endpointId: string) => ({ PK: `WEBHOOK_SECRET#${endpointId}`, SK: 'SECRET' }),
  /** delivery ids start with the event time, so an endpoint's log Queries newest first */
  webhookDelivery: (orgId: string, endpointId: string, deliveryId: string) => ({
    PK: `ORG#${orgId}`,
    SK: `WHDELIVERY#${endpointId}#${deliveryId}`,
  }),
  /** sparse, sharded due-time index entry, present only while a delivery is pending */
  webhookDue: (shard: number, dueAt: string, orgId: string, endpointId: string, deliveryId: string) => ({
    GSI2PK: `WEBHOOK_DUE#${shard}`,
    GSI2SK: `${dueAt}#${orgId}#${endpointId}#${deliveryId}`,
  }),
  /** a SCIM token as people see it (never its hash) */
  scimToken: (orgId: string, tokenId: string) => ({ PK: `ORG#${orgId}`, SK: `SCIMTOKEN#${tokenId}` }),
  /** where a SCIM token's lookup item is; revoking follows it */
  scimTokenHashRef: (orgId: string, tokenId: string) => ({
    PK: `ORG#${orgId}`,
    SK: `SCIMTOKENREF#${tokenId}`,
  }),
  /** verification finds a presented SCIM token by its SHA-256 (hex) alone */
  scimTokenLookup: (hash: string) => ({ PK: `SCIMTOKEN_HASH#${hash}`, SK: 'TOKEN' }),
  /** a provisioned SCIM user (its id is the SCIM `id`) */
  scimUser: (orgId: string, scimId: string) => ({ PK: `ORG#${orgId}`, SK: `SCIMUSER#${scimId}` }),
  /** exists exactly while a SCIM user has this userName: one per email per org */
  scimUserName: (orgId: string, email: string) => ({ PK: `ORG#${orgId}`, SK: `SCIMNAME#${email}` }),
  /** the SCIM user by userName (`filter=userName eq`): one Query of GSI1 */
  scimUserByName: (orgId: string, email: string) => ({
    GSI1PK: `SCIM#${orgId}#USERNAME#${email}`,
    GSI1SK: 'SCIMUSER',
  }),
  /**
   * The unbound provisioned users of an email (a string set `pending` of `orgId#scimUserId`),
   * read with the user's own item at sign-in: a person with nothing to bind costs no extra call.
   */
  provisioningPending: (email: string) => ({ PK: `EMAIL#${email}`, SK: 'SCIM_PENDING' }),
  /** the SCIM user by externalId (`filter=externalId eq`): one Query of GSI2 */
  scimUserByExternalId: (orgId: string, externalId: string) => ({
    GSI2PK: `SCIM#${orgId}#EXTERNALID#${externalId}`,
    GSI2SK: 'SCIMUSER',
  }),
  /** a SCIM group (its id is the SCIM `id`); its members are SCIM user ids */
  scimGroup: (orgId: string, groupId: string) => ({ PK: `ORG#${orgId}`, SK: `SCIMGROUP#${groupId}` }),
  /** exists exactly while a group has this displayName (lower-cased): one per name per org, and `displayName eq` */
  scimGroupName: (orgId: string, nameKey: string) => ({
    PK: `ORG#${orgId}`,
    SK: `SCIMGROUPNAME#${nameKey}`,
  }),
  brandingUpload: (orgId: string, uploadId: string) => ({
    PK: `ORG#${orgId}`,
    SK: `BRANDING_UPLOAD#${uploadId}`,
  }),
  /** an organization's (email) domain, pending, verified or unverified */
  domain: (orgId: string, domainId: string) => ({ PK: `ORG#${orgId}`, SK: `DOMAIN#${domainId}` }),
  /** one entry per domain name per org: the same domain is not added twice */
  domainName: (orgId: string, domain: string) => ({ PK: `ORG#${orgId}`, SK: `DOMAINNAME#${domain}` }),
  /**
   * Exists while one org has the domain verified: put with a condition, so of two orgs
   * verifying the same domain exactly one wins. It carries the enrollment, so suggestions and
   * registrations find "the org of this email domain" with one GetItem, however many domains exist.
   */
  domainClaim: (domain: string) => ({ PK: `DOMAIN#${domain}`, SK: 'CLAIM' }),
  /** sparse, sharded due-time entry on a verified domain item: the daily re-check's Query */
  domainRecheck: (dueAt: string, orgId: string, domainId: string) => ({
    GSI2PK: domainRecheckShard(shardOf(domainId, DOMAIN_RECHECK_SHARDS)),
    GSI2SK: `${dueAt}#${orgId}#${domainId}`,
  }),
  /**
   * On a user's profile while their email is verified: users by email domain (auto-invitations),
   * spread over shards by user id so one large domain is no hot partition; readers Query each.
   */
  userByEmailDomain: (domain: string, userId: string) => ({
    GSI2PK: emailDomainShard(domain, shardOf(userId, EMAIL_DOMAIN_SHARDS)),
    GSI2SK: `USER#${userId}`,
  }),
  joinRequest: (orgId: string, requestId: string) => ({ PK: `ORG#${orgId}`, SK: `JOINREQ#${requestId}` }),
  /** exists while the user has a pending join request to the org: one at a time */
  joinRequestGuard: (orgId: string, userId: string) => ({
    PK: `ORG#${orgId}`,
    SK: `JOINREQ_PENDING#${userId}`,
  }),
  /** an auto-invitation was once created for this email: never again (a decline stays a decline) */
  autoInvited: (orgId: string, email: string) => ({ PK: `ORG#${orgId}`, SK: `AUTOINVITED#${email}` }),
} as const;

export const prefixes = {
  roster: 'MEMBER#',
  member: 'MEMBER#USER#',
  invitee: 'MEMBER#INVITEE#',
  invitation: 'INVITE#',
  workspace: 'WS#',
  audit: 'AUDIT#',
  apiKey: 'APIKEY#',
  webhookEndpoint: 'WEBHOOK#',
  scimToken: 'SCIMTOKEN#',
  scimUser: 'SCIMUSER#',
  scimGroup: 'SCIMGROUP#',
  webhookDeliveries: (endpointId: string) => `WHDELIVERY#${endpointId}#`,
  webhookDueShard: (shard: number) => `WEBHOOK_DUE#${shard}`,
  domain: 'DOMAIN#',
  joinRequest: 'JOINREQ#',
} as const;

export const orgPk = (orgId: string) => `ORG#${orgId}`;
export const userPk = (userId: string) => `USER#${userId}`;

/**
 * A stable shard in [0, shards) for an id: index partitions that every org writes
 * (e.g. pending invitations by expiry) are spread over this many partition keys,
 * so none takes all the writes; their readers Query each shard (never Scan).
 */
export const shardOf = (id: string, shards: number) =>
  createHash('sha256').update(id).digest().readUInt32BE(0) % shards;

export const PENDING_INVITATION_SHARDS = 16;
export const pendingInvitationShard = (shard: number) => `PENDING_INVITATION#${shard}`;
/** The unsharded partition key written before sharding: the cleanup still drains it. */
export const legacyPendingInvitationPartition = 'PENDING_INVITATION';
/** Every partition of the expiry index a reader must Query. */
export const pendingInvitationPartitions = () => [
  ...Array.from({ length: PENDING_INVITATION_SHARDS }, (_, shard) => pendingInvitationShard(shard)),
  legacyPendingInvitationPartition,
];

export const ORG_DELETION_SHARDS = 4;
export const orgDeletionShard = (shard: number) => `ORG_DELETION#${shard}`;
export const orgDeletionPartitions = () =>
  Array.from({ length: ORG_DELETION_SHARDS }, (_, shard) => orgDeletionShard(shard));

export const DOMAIN_RECHECK_SHARDS = 4;
export const domainRecheckShard = (shard: number) => `DOMAIN_CHECK#${shard}`;
export const domainRecheckPartitions = () =>
  Array.from({ length: DOMAIN_RECHECK_SHARDS }, (_, shard) => domainRecheckShard(shard));

export const EMAIL_DOMAIN_SHARDS = 8;
export const emailDomainShard = (domain: string, shard: number) => `EMAIL_DOMAIN#${domain}#${shard}`;
export const emailDomainPartitions = (domain: string) =>
  Array.from({ length: EMAIL_DOMAIN_SHARDS }, (_, shard) => emailDomainShard(domain, shard));
