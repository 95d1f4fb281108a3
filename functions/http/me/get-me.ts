import { currentProfile, ensureUser } from '../../../shared/me/users.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { meRoutes } from './routes.ts';

export const handler = route(meRoutes.getMe, async ({ caller }) => ({
  body: await currentProfile(await ensureUser(caller)),
}));
