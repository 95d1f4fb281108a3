import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ auth: false }, async () => ({ body: { status: 'ok' } }));
