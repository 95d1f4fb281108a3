/** The API's own permission table: the console shows an action only where the API would allow it. */
import {
  builtInPermissions,
  isBuiltInRole,
  mayManage,
  mayManageApiKey,
  type Role,
} from '../../shared/members/domain/permissions.ts';

export {
  assignableRoles,
  builtInPermissions,
  can,
  isBuiltInRole,
  mayAssign,
  mayManage,
  type Role,
  roles,
} from '../../shared/members/domain/permissions.ts';

const holding = (role: Role) => ({ role, permissions: new Set(builtInPermissions(role, {})) });

/**
 * Managing a member (role change, block, unblock, remove) as the API decides it for a built-in
 * actor; a target with a custom role is managed by the owner and admins (whatever it holds).
 */
export const canManageMember = (actorRole: Role, targetRole: string) =>
  mayManage(holding(actorRole), {
    role: targetRole,
    permissions: isBuiltInRole(targetRole) ? builtInPermissions(targetRole, {}) : [],
  });

/** Revoking and rolling a key: one's own with developer:keys, anyone's with members:manage too. */
export const canManageApiKey = (role: Role, ownKey: boolean) =>
  mayManageApiKey(holding(role).permissions, ownKey);
