import { route } from '../../../shared/platform/http/route.ts';
import { systemRoutes } from './routes.ts';

export const handler = route(systemRoutes.getHealth, async () => ({ body: { status: 'ok' } }));
