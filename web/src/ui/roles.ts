/**
 * The organization's roles as role pickers and the Roles page need them: `GET /orgs/{orgId}/roles`
 * (never plan-gated, readable by every member), and the API's own assignment rules on top.
 */
import { api, call, type Schemas } from '../api/client.ts';
import { assignableRoles, builtInPermissions, isBuiltInRole, mayAssign, mayManage } from '../permissions.ts';
import { useOrg } from '../session-context.ts';
import { useLoad } from './hooks.ts';

export type RoleInfo = Schemas['Role'];

const fetchRoles = (orgId: string) => call(api().GET('/orgs/{orgId}/roles', { params: { path: { orgId } } }));
export type RoleList = Awaited<ReturnType<typeof fetchRoles>>;

/** The org's roles and the permission catalog; `enabled: false` fetches nothing. */
export function useRoles(enabled = true) {
  const { org } = useOrg();
  return useLoad<RoleList | undefined>(
    async () => (enabled ? fetchRoles(org.id) : undefined),
    [org.id, enabled],
  );
}

/** What a role holds; before the list has loaded, a built-in role's fixed set (a custom one: nothing known). */
export function permissionsOfRole(list: RoleList | undefined, role: string): string[] {
  const found = list?.items.find((item) => item.key === role);
  if (found) return found.permissions;
  return isBuiltInRole(role) ? builtInPermissions(role) : [];
}

export interface RoleOption {
  key: string;
  label: string;
}

/** A role as a person reads it: a built-in by its key (as the roster shows it), a custom one by its name. */
export function roleLabel(list: RoleList | undefined, role: string): string {
  const found = list?.items.find((item) => item.key === role);
  return found && !found.builtIn ? `${found.name} (custom)` : role;
}

/**
 * The roles the caller may give by invitation (`members:invite`) or role change
 * (`members:manage`): built-in ones but owner, then the custom roles, as the API decides.
 */
export function assignableOptions(
  list: RoleList | undefined,
  actor: { role: string; permissions: ReadonlySet<string> },
  via: 'members:invite' | 'members:manage',
): RoleOption[] {
  const keys = [
    ...assignableRoles,
    ...(list?.items ?? []).filter((item) => !item.builtIn).map((item) => item.key),
  ];
  return keys
    .filter((key) => mayAssign(actor, key, permissionsOfRole(list, key), via))
    .map((key) => ({ key, label: roleLabel(list, key) }));
}

/** Managing a member (role change, block, unblock, remove), as the API decides it. */
export const mayManageMember = (
  list: RoleList | undefined,
  actor: { role: string; permissions: ReadonlySet<string> },
  targetRole: string,
) => mayManage(actor, { role: targetRole, permissions: permissionsOfRole(list, targetRole) });
