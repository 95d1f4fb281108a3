import { ensureUser } from '../../../shared/data/users.ts';
import { route } from '../../../shared/http/route.ts';
import { toProfile } from './profile.ts';

export const handler = route({}, async ({ caller }) => ({ body: toProfile(await ensureUser(caller)) }));
