import { currentProfile, ensureUser, ensureUserReading } from '../../../shared/me/users.ts';
import { keys } from '../../../shared/platform/dynamo/keys.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { bindProvisionedUsers } from '../../../shared/scim/binding.ts';
import { pendingIn } from '../../../shared/scim/pending-provisioning.ts';
import { meRoutes } from './routes.ts';

export const handler = route(meRoutes.getMe, async ({ caller }) => {
  if (!caller.email) return { body: await currentProfile(await ensureUser(caller)) };
  // SCIM: users provisioned for this verified email become memberships now, with no accept
  // step; what is pending for the email is read with the user's item
  const { user, extra } = await ensureUserReading(caller, keys.provisioningPending(caller.email));
  await bindProvisionedUsers(user, pendingIn(extra));
  return { body: await currentProfile(user) };
});
