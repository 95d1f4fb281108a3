/**
 * Custom roles live on the organization item, one attribute each (`customRole_<key>`) with
 * the count of members and pending invitations holding it beside (`roleHolders_<key>`): the
 * access check reads the org item with the membership already (one BatchGetItem), so a custom
 * role costs no extra read, and every change of a role is a condition on one item.
 */
import { env } from '../../platform/config/env.ts';
import type { AppPermissions } from './app-permissions.ts';
import {
  builtInPermissions,
  grantablePermissions,
  isBuiltInRole,
  isOwnerAction,
  type Permission,
  type RoleKey,
} from './permissions.ts';

/** This deployment's application permissions (APP_PERMISSIONS, parsed with the environment at its first use). */
export const appPermissions = (): AppPermissions => env().APP_PERMISSIONS;

export const CUSTOM_ROLE_KEY = /^[a-z][a-z0-9_-]{1,31}$/;
/** At most this many custom roles per organization (the org item stays small). */
export const CUSTOM_ROLE_LIMIT = 50;

/** The org item's count of its custom roles: the limit is a condition on it. */
export const ROLE_COUNT_ATTRIBUTE = 'customRoleCount';
export const roleAttribute = (key: string) => `customRole_${key}`;
export const holdersAttribute = (key: string) => `roleHolders_${key}`;

export interface CustomRole {
  key: string;
  name: string;
  description: string | null;
  permissions: string[];
  createdAt: string;
  updatedAt: string;
}

type OrgItem = object;

const attributes = (org: OrgItem) => org as Record<string, unknown>;

export function customRoleOf(org: OrgItem | undefined, key: string): CustomRole | undefined {
  if (!org || isBuiltInRole(key)) return undefined;
  const stored = attributes(org)[roleAttribute(key)] as Omit<CustomRole, 'key'> | undefined;
  return stored ? { ...stored, key, description: stored.description ?? null } : undefined;
}

export function customRolesOf(org: OrgItem): CustomRole[] {
  return Object.keys(attributes(org))
    .filter((name) => name.startsWith('customRole_'))
    .map((name) => customRoleOf(org, name.slice('customRole_'.length)))
    .filter((role): role is CustomRole => role !== undefined)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key));
}

/** Members and pending invitations holding the role. */
export const holdersOf = (org: OrgItem, key: string): number =>
  Number(attributes(org)[holdersAttribute(key)] ?? 0);

/** Known permissions only: an application permission the deployment no longer declares is dropped. */
const known = (permissions: readonly string[], apps: AppPermissions) => {
  const grantable = new Set(grantablePermissions(apps));
  return permissions.filter((permission) => grantable.has(permission));
};

/**
 * What a role holds in this org: a built-in role its fixed set; a custom role what the org
 * item says now; an unknown role (a custom role deleted meanwhile) nothing.
 */
export function permissionsOf(role: RoleKey, org: OrgItem | undefined, apps = appPermissions()): string[] {
  if (isBuiltInRole(role)) return builtInPermissions(role, apps);
  const custom = customRoleOf(org, role);
  return custom ? known(custom.permissions, apps) : [];
}

export const permissionSetOf = (role: RoleKey, org: OrgItem | undefined): ReadonlySet<string> =>
  new Set(permissionsOf(role, org));

/** The role holds the permission in this org (owner actions: the owner alone). */
export function holds(role: RoleKey, permission: Permission | string, org: OrgItem | undefined): boolean {
  if (isOwnerAction(permission)) return role === 'owner';
  return permissionsOf(role, org).includes(permission);
}

/** The role exists in this org (built-in, or a custom role defined on the org item). */
export const roleExists = (role: RoleKey, org: OrgItem | undefined): boolean =>
  isBuiltInRole(role) || customRoleOf(org, role) !== undefined;
