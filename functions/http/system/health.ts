import { route } from '../../../shared/http/route.ts';

export const handler = route({ auth: false }, async () => ({ body: { status: 'ok' } }));
