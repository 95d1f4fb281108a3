/** The contract's roles table, the only place authorization rules live. */
export const roles = ['owner', 'admin', 'developer', 'finance', 'member'] as const;
export type Role = (typeof roles)[number];
/** roles that can be given by invitation or role change; `owner` moves only by transfer */
export const assignableRoles = ['admin', 'developer', 'finance', 'member'] as const;
export type AssignableRole = (typeof assignableRoles)[number];

export type Permission =
  | 'org:read'
  | 'org:update'
  | 'members:manage'
  | 'billing:manage'
  | 'developer:use'
  | 'apiKeys:manageAll'
  | 'audit:read'
  | 'org:transfer'
  /** delete, restore and export the organization */
  | 'org:delete'
  /** verified domains (and, with the permissions catalog, the other access settings) */
  | 'access:manage';

const grants: Record<Permission, readonly Role[]> = {
  'org:read': ['owner', 'admin', 'developer', 'finance', 'member'],
  'org:update': ['owner', 'admin'],
  'members:manage': ['owner', 'admin'],
  'billing:manage': ['owner', 'finance'],
  'developer:use': ['owner', 'admin', 'developer'],
  /** revoke or roll any key of the org; developers only their own */
  'apiKeys:manageAll': ['owner', 'admin'],
  'audit:read': ['owner', 'admin'],
  'org:transfer': ['owner'],
  'org:delete': ['owner'],
  'access:manage': ['owner', 'admin'],
};

/** The catalog, in its order. */
export const permissions = Object.keys(grants) as Permission[];

/** The roles holding a permission (for documentation). */
export const rolesWith = (permission: Permission): readonly Role[] => grants[permission];

export function can(role: Role, permission: Permission): boolean {
  return grants[permission].includes(role);
}

/** Admins manage members but never the owner, and nobody assigns `owner` directly. */
export function canManageMember(actorRole: Role, targetRole: Role): boolean {
  return can(actorRole, 'members:manage') && targetRole !== 'owner';
}

/** Revoking and rolling a key: owner and admin any key, a developer only the keys they created. */
export function canManageApiKey(role: Role, ownKey: boolean): boolean {
  return can(role, 'apiKeys:manageAll') || (ownKey && can(role, 'developer:use'));
}
