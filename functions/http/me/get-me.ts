import { currentProfile, ensureUser } from '../../../shared/me/users.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { bindProvisionedUsers } from '../../../shared/scim/binding.ts';
import { meRoutes } from './routes.ts';

export const handler = route(meRoutes.getMe, async ({ caller }) => {
  const user = await ensureUser(caller);
  // SCIM: users provisioned for this verified email become memberships now, with no accept step
  await bindProvisionedUsers(user);
  return { body: await currentProfile(user) };
});
