/** The API's own permission table: the console shows an action only where the API would allow it. */
export {
  assignableRoles,
  can,
  canManageApiKey,
  canManageMember,
  type Role,
  roles,
} from '../../shared/members/domain/permissions.ts';
