import { UpdateMeSchema } from '../../../shared/me/schemas.ts';
import { currentProfile, ensureUser, updateProfile } from '../../../shared/me/users.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ body: UpdateMeSchema }, async ({ caller, body }) => {
  await ensureUser(caller);
  return { body: await currentProfile(await updateProfile(caller.userId, body)) };
});
