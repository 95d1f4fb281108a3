import type { UserRecord } from '../../../shared/data/users.ts';

export const toProfile = (user: UserRecord) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  defaultOrgId: user.defaultOrgId ?? null,
  createdAt: user.createdAt,
});
