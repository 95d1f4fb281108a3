import type { RoleKey } from './permissions.ts';

export type MemberStatus = 'active' | 'blocked';

export interface MemberRecord {
  orgId: string;
  userId: string;
  email: string | null;
  name: string | null;
  role: RoleKey;
  status: MemberStatus;
  joinedAt: string;
  updatedAt: string;
  invitationId?: string;
}

export const toMemberResponse = (member: MemberRecord) => ({
  userId: member.userId,
  email: member.email,
  name: member.name,
  role: member.role,
  status: member.status,
  joinedAt: member.joinedAt,
});
