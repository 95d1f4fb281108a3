/**
 * The permission catalog, the only place authorization rules live: every check is by a
 * named permission, and a role is a set of them. The five built-in roles are fixed sets
 * (the contract's table, below); custom roles (shared/members/domain/custom-roles.ts) are
 * sets an organization defines; application permissions (APP_PERMISSIONS) are the product's
 * own, carried for it and never enforced here. `GET /orgs/{orgId}/roles`, the console's
 * checklist and the permission-matrix test all read this table.
 */
// a type only: this table is pure (the console imports it); the deployment's application
// permissions are passed in by the server (custom-roles.ts reads them from the environment)
import type { AppPermissions } from './app-permissions.ts';

/** The built-in roles, in the contract's order. */
export const roles = ['owner', 'admin', 'developer', 'finance', 'member'] as const;
export type Role = (typeof roles)[number];
/** A role as members and invitations hold it: a built-in role or a custom role's key. */
export type RoleKey = string;
/** built-in roles that can be given by invitation or role change; `owner` moves only by transfer */
export const assignableRoles = ['admin', 'developer', 'finance', 'member'] as const;
export type AssignableRole = (typeof assignableRoles)[number];

export const isBuiltInRole = (role: string): role is Role => (roles as readonly string[]).includes(role);

export type PermissionArea = 'organization' | 'members' | 'billing' | 'developer' | 'audit' | 'access';

export interface CatalogEntry {
  readonly permission: string;
  readonly area: PermissionArea | 'application';
  readonly allows: string;
  /** the built-in roles that hold it */
  readonly roles: readonly Role[];
}

/** The service's own permissions: what a custom role, a key scope or a grant may hold. */
export const serviceCatalog = [
  {
    permission: 'org:read',
    area: 'organization',
    allows: 'read the organization, members, workspaces',
    roles: ['owner', 'admin', 'developer', 'finance', 'member'],
  },
  {
    permission: 'org:settings',
    area: 'organization',
    allows: 'update settings and branding; manage workspaces',
    roles: ['owner', 'admin'],
  },
  {
    permission: 'members:invite',
    area: 'members',
    allows: 'invite, revoke, resend; approve join requests',
    roles: ['owner', 'admin'],
  },
  {
    permission: 'members:manage',
    area: 'members',
    allows: 'change roles, block, unblock, remove',
    roles: ['owner', 'admin'],
  },
  {
    permission: 'billing:manage',
    area: 'billing',
    allows: 'billing, plan, payment method, subscription, invoices',
    roles: ['owner', 'finance'],
  },
  {
    permission: 'developer:keys',
    area: 'developer',
    allows: 'API keys',
    roles: ['owner', 'admin', 'developer'],
  },
  {
    permission: 'developer:webhooks',
    area: 'developer',
    allows: 'webhook endpoints',
    roles: ['owner', 'admin', 'developer'],
  },
  { permission: 'audit:read', area: 'audit', allows: 'the audit log', roles: ['owner', 'admin'] },
  {
    permission: 'access:manage',
    area: 'access',
    allows: 'domains, custom roles, the security policy, SCIM tokens',
    roles: ['owner', 'admin'],
  },
] as const satisfies readonly CatalogEntry[];

export type ServicePermission = (typeof serviceCatalog)[number]['permission'];

/** What stays the owner's alone: never in a custom role, a key scope or a grant. */
export const ownerActions = {
  'org:transfer': 'transfer ownership',
  /** delete, restore and export the organization */
  'org:delete': 'delete, restore and export the organization',
} as const;
export type OwnerAction = keyof typeof ownerActions;

/** What a route may require. */
export type Permission = ServicePermission | OwnerAction;

export const servicePermissions: readonly ServicePermission[] = serviceCatalog.map(
  (entry) => entry.permission,
);

export const isServicePermission = (permission: string): permission is ServicePermission =>
  (servicePermissions as readonly string[]).includes(permission);

export const isOwnerAction = (permission: string): permission is OwnerAction => permission in ownerActions;

/** The whole catalog: the service's permissions, then the deployment's application permissions. */
export function catalog(apps: AppPermissions = {}): CatalogEntry[] {
  return [
    ...serviceCatalog,
    ...Object.entries(apps).map(([permission, holders]) => ({
      permission,
      area: 'application' as const,
      allows: 'an application permission (enforced by the product, not by this service)',
      roles: holders,
    })),
  ];
}

/** Every permission a role may be granted (service and application), in catalog order. */
export const grantablePermissions = (apps: AppPermissions = {}): string[] =>
  catalog(apps).map((entry) => entry.permission);

/** The built-in roles holding a service permission or owner action (documentation, the matrix test). */
export function rolesWith(permission: Permission): readonly Role[] {
  if (isOwnerAction(permission)) return ['owner'];
  return serviceCatalog.find((entry) => entry.permission === permission)?.roles ?? [];
}

/** A built-in role's permissions: its catalog rows, its application permissions; the owner's actions too. */
export function builtInPermissions(role: Role, apps: AppPermissions = {}): string[] {
  const held = catalog(apps)
    .filter((entry) => entry.roles.includes(role))
    .map((entry) => entry.permission);
  return role === 'owner' ? [...held, ...Object.keys(ownerActions)] : held;
}

/** A built-in role holds a service permission or owner action (no organization needed). */
export function can(role: Role, permission: Permission): boolean {
  if (isOwnerAction(permission)) return role === 'owner';
  return builtInPermissions(role).includes(permission);
}

/** Every element of `wanted` is in `held`: the no-escalation rule, in one place. */
export const grantsNothingMore = (wanted: Iterable<string>, held: ReadonlySet<string>): boolean =>
  [...wanted].every((permission) => held.has(permission) && !isOwnerAction(permission));

/**
 * Who may give a role to someone: the owner and built-in admins keep today's rule (any
 * built-in role but owner; a custom role only within what they hold); anyone else only a
 * role whose permissions they all hold themselves. Nobody gives `owner`.
 */
export function mayAssign(
  actor: { role: RoleKey; permissions: ReadonlySet<string> },
  role: RoleKey,
  rolePermissions: Iterable<string>,
  /** `members:manage` for a role change, `members:invite` for an invitation */
  via: 'members:manage' | 'members:invite' = 'members:manage',
): boolean {
  if (role === 'owner' || !actor.permissions.has(via)) return false;
  if (isBuiltInRole(role) && (actor.role === 'owner' || actor.role === 'admin')) return true;
  return grantsNothingMore(rolePermissions, actor.permissions);
}

/**
 * Managing a member (role change, block, unblock, remove): never the owner; the owner and
 * built-in admins anyone else; a custom role only members whose permissions it holds all of.
 */
export function mayManage(
  actor: { role: RoleKey; permissions: ReadonlySet<string> },
  target: { role: RoleKey; permissions: Iterable<string> },
): boolean {
  if (target.role === 'owner' || !actor.permissions.has('members:manage')) return false;
  if (actor.role === 'owner' || actor.role === 'admin') return true;
  return grantsNothingMore(target.permissions, actor.permissions);
}

/** Revoking and rolling a key: `developer:keys` for one's own keys; with `members:manage` too, anyone's. */
export function mayManageApiKey(permissions: ReadonlySet<string>, ownKey: boolean): boolean {
  return permissions.has('developer:keys') && (ownKey || permissions.has('members:manage'));
}
