import { currentProfile, ensureUser } from '../../../shared/me/users.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({}, async ({ caller }) => ({
  body: await currentProfile(await ensureUser(caller)),
}));
