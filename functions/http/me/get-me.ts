import { currentProfile, ensureUser } from '../../../shared/data/users.ts';
import { route } from '../../../shared/http/route.ts';

export const handler = route({}, async ({ caller }) => ({
  body: await currentProfile(await ensureUser(caller)),
}));
