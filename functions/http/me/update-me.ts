import { currentProfile, ensureUser, updateProfile } from '../../../shared/data/users.ts';
import { route } from '../../../shared/http/route.ts';
import { UpdateMeSchema } from '../../../shared/schemas/me.ts';

export const handler = route({ body: UpdateMeSchema }, async ({ caller, body }) => {
  await ensureUser(caller);
  return { body: await currentProfile(await updateProfile(caller.userId, body)) };
});
