import { assignableRoles, isBuiltInRole, type RoleKey } from '../../members/domain/permissions.ts';
import { groupNameKey } from './group.ts';

/** What the org says of a role: whether it exists, and how many permissions it holds. */
export interface RoleFacts {
  exists: (role: RoleKey) => boolean;
  permissionCount: (role: RoleKey) => number;
}

const builtInOrder: readonly string[] = assignableRoles;

/**
 * The role a person's groups give (undefined: none of them is named after a role). A group
 * counts when its displayName, case-insensitively, is an assignable built-in role (`admin`,
 * `developer`, `finance`, `member`) or a custom role of the org; `owner` never (ownership
 * moves only by transfer). Several: the role holding the most permissions wins; on a tie the
 * built-in order above, then custom roles by key.
 */
export function roleOfGroups(displayNames: readonly string[], facts: RoleFacts): RoleKey | undefined {
  const candidates = [...new Set(displayNames.map(groupNameKey))].filter(
    (key) => key !== 'owner' && facts.exists(key),
  );
  const rank = (key: string) => (isBuiltInRole(key) ? builtInOrder.indexOf(key) : builtInOrder.length);
  candidates.sort(
    (a, b) => facts.permissionCount(b) - facts.permissionCount(a) || rank(a) - rank(b) || a.localeCompare(b),
  );
  return candidates[0];
}
