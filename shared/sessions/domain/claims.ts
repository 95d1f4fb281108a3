import type { MemberRecord } from '../../members/domain/membership.ts';
import { can, type Permission, permissions, type Role } from '../../members/domain/permissions.ts';
import type { OrgRecord } from '../../orgs/domain/org.ts';

export const permissionsOf = (role: Role): Permission[] =>
  permissions.filter((permission) => can(role, permission));

/** The claims of an organization session token (the contract's list), less iss/aud/iat/exp. */
export interface OrgSessionClaims {
  sub: string;
  email: string;
  org_id: string;
  org_role: Role;
  org_permissions: string[];
  org_mode: 'sandbox' | 'production';
  jti: string;
}

export function orgSessionClaims(
  member: MemberRecord,
  org: Pick<OrgRecord, 'id' | 'mode'>,
  email: string,
  jti: string,
): OrgSessionClaims {
  return {
    sub: member.userId,
    email,
    org_id: org.id,
    org_role: member.role,
    org_permissions: permissionsOf(member.role),
    org_mode: org.mode,
    jti,
  };
}
