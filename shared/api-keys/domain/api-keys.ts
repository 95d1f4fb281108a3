import { billingStatusOf } from '../../billing/dunning.ts';
import { holds, permissionsOf } from '../../members/domain/custom-roles.ts';
import { isBuiltInRole, type RoleKey } from '../../members/domain/permissions.ts';
import type { KeyMode } from './format.ts';

/** The org-partition item of a key: what people see (never the secret, never its hash). */
export interface ApiKeyRecord {
  id: string;
  orgId: string;
  name: string;
  mode: KeyMode;
  start: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt?: string;
  revokedAt?: string;
  revokedBy?: string;
  /** set on the key a roll replaced: the new key's id */
  rolledTo?: string;
  /** set on the key a roll created */
  rolledFrom?: string;
  /** the key's scope (absent on keys created before scopes: all of the creator's permissions) */
  permissions?: string[];
}

/** The lookup item found by the key's hash: what verification needs besides the org and the creator. */
export interface ApiKeyLookup {
  orgId: string;
  keyId: string;
  name: string;
  mode: KeyMode;
  createdBy: string;
  expiresAt: string | null;
  revokedAt?: string;
  permissions?: string[];
}

export type ApiKeyStatus = 'active' | 'revoked' | 'expired' | 'suspended';
export const apiKeyStatuses = ['active', 'revoked', 'expired', 'suspended'] as const;

/** Facts of the creator's membership that keep a key working (absent: removed or left). */
export interface CreatorFacts {
  status: 'active' | 'blocked';
  role: RoleKey;
}

/** The org item as read (a custom role's permissions are on it); undefined: built-in roles only. */
type OrgItem = object | undefined;

/** A key works only while its creator is an active member whose role holds `developer:keys`. */
export const creatorKeepsKeysWorking = (creator: CreatorFacts | undefined, org?: OrgItem) =>
  creator?.status === 'active' && holds(creator.role, 'developer:keys', org);

/** Whether the images alone decide it (a custom role's permissions are on the org item, not here). */
export const decidableWithoutOrg = (creator: CreatorFacts | undefined) =>
  !creator || isBuiltInRole(creator.role);

/**
 * What a key may do, on every verification: its scope intersected with its creator's
 * permissions now (a key without a stored scope: the creator's permissions).
 */
export function effectiveKeyPermissions(
  scope: readonly string[] | undefined,
  creator: CreatorFacts,
  org: OrgItem,
): string[] {
  const held = permissionsOf(creator.role, org);
  return scope ? held.filter((permission) => scope.includes(permission)) : held;
}

/** The status people see, computed from the stored key and its creator's membership now. */
export function apiKeyStatus(
  key: Pick<ApiKeyRecord | ApiKeyLookup, 'revokedAt' | 'expiresAt'>,
  creator: CreatorFacts | undefined,
  now: string,
  org?: OrgItem,
): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt <= now) return 'expired';
  if (!creatorKeepsKeysWorking(creator, org)) return 'suspended';
  return 'active';
}

export type RefusalCode =
  | 'API_KEY_INVALID'
  | 'API_KEY_REVOKED'
  | 'API_KEY_EXPIRED'
  | 'API_KEY_SUSPENDED'
  | 'ORG_NOT_ACTIVE'
  | 'PAYMENT_REQUIRED';

/** What verification knows about the org of a key. */
export interface OrgFacts {
  id: string;
  name: string;
  mode: KeyMode;
  status?: string;
  activatedAt?: string;
  subscriptionStatus?: string;
  pastDueSince?: string;
  restrictedAt?: string;
}

/**
 * The validity rules, in order: a key that is unknown, revoked or expired says so;
 * an org that is gone makes it unknown, one scheduled for deletion suspends it
 * (a restore brings it back); a creator who lost developer access suspends it;
 * a live key works only while its org is in production.
 */
export function refusalOf(
  lookup: ApiKeyLookup | undefined,
  org: OrgFacts | undefined,
  creator: CreatorFacts | undefined,
  now: string,
): RefusalCode | undefined {
  if (!lookup || !org) return 'API_KEY_INVALID';
  const status = apiKeyStatus(lookup, creator, now, org);
  if (status === 'revoked') return 'API_KEY_REVOKED';
  if (status === 'expired') return 'API_KEY_EXPIRED';
  if (org.status === 'deletion_scheduled') return 'API_KEY_SUSPENDED';
  if (status === 'suspended') return 'API_KEY_SUSPENDED';
  if (lookup.mode === 'production' && org.mode !== 'production') return 'ORG_NOT_ACTIVE';
  // payment overdue past its grace (or Stripe gave up): live keys stop until a payment restores them
  if (lookup.mode === 'production' && billingStatusOf(org, Date.parse(now)) === 'restricted')
    return 'PAYMENT_REQUIRED';
  return undefined;
}

export const refusalDetail: Record<RefusalCode, string> = {
  API_KEY_INVALID: 'The API key is not valid.',
  API_KEY_REVOKED: 'The API key was revoked.',
  API_KEY_EXPIRED: 'The API key has expired.',
  API_KEY_SUSPENDED:
    'The API key is suspended: its creator no longer has developer access, or the organization is scheduled for deletion.',
  ORG_NOT_ACTIVE: 'Live API keys work only while the organization is in production mode.',
  PAYMENT_REQUIRED:
    "Live API keys are paused: the organization's payment is overdue. Update the card in Billing.",
};

/** The roll grace period, in seconds: the old key keeps working this long. */
export const MAX_ROLL_GRACE_SECONDS = 86_400;

export const toApiKeyResponse = (key: ApiKeyRecord, status: ApiKeyStatus) => ({
  id: key.id,
  name: key.name,
  mode: key.mode,
  start: key.start,
  status,
  createdBy: key.createdBy,
  createdAt: key.createdAt,
  expiresAt: key.expiresAt,
  lastUsedAt: key.lastUsedAt ?? null,
  revokedAt: key.revokedAt ?? null,
  rolledTo: key.rolledTo ?? null,
  rolledFrom: key.rolledFrom ?? null,
  permissions: key.permissions ?? null,
});
