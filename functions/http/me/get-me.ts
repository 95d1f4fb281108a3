import { ensureUser, toProfile } from '../../../shared/data/users.ts';
import { route } from '../../../shared/http/route.ts';

export const handler = route({}, async ({ caller }) => ({ body: toProfile(await ensureUser(caller)) }));
