import { currentProfile, ensureUser, updateProfile } from '../../../shared/me/users.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { meRoutes } from './routes.ts';

export const handler = route(meRoutes.updateMe, async ({ caller, body }) => {
  await ensureUser(caller);
  return { body: await currentProfile(await updateProfile(caller.userId, body)) };
});
