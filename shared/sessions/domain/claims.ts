import { permissionsOf } from '../../members/domain/custom-roles.ts';
import type { MemberRecord } from '../../members/domain/membership.ts';
import type { RoleKey } from '../../members/domain/permissions.ts';
import type { OrgRecord } from '../../orgs/domain/org.ts';

/** The claims of an organization session token (the contract's list), less iss/aud/iat/exp. */
export interface OrgSessionClaims {
  sub: string;
  email: string;
  org_id: string;
  org_role: RoleKey;
  org_permissions: string[];
  org_mode: 'sandbox' | 'production';
  jti: string;
}

export function orgSessionClaims(
  member: MemberRecord,
  /** the org item as read with the membership: a custom role's permissions are on it */
  org: Pick<OrgRecord, 'id' | 'mode'>,
  email: string,
  jti: string,
): OrgSessionClaims {
  return {
    sub: member.userId,
    email,
    org_id: org.id,
    org_role: member.role,
    // application permissions included: the product's services read them from the token
    org_permissions: permissionsOf(member.role, org),
    org_mode: org.mode,
    jti,
  };
}
