import { route } from '../../../shared/platform/http/route.ts';
import { signingKeys } from '../../../shared/sessions/signing-keys.ts';
import { sessionsRoutes } from './routes.ts';

export const handler = route(sessionsRoutes.getJwks, async () => ({
  body: { keys: await signingKeys().publicKeys() },
  headers: { 'cache-control': 'public, max-age=300' },
}));
