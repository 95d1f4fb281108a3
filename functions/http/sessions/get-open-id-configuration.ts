import { route } from '../../../shared/platform/http/route.ts';
import { orgTokenIssuer } from '../../../shared/sessions/tokens.ts';
import { sessionsRoutes } from './routes.ts';

export const handler = route(sessionsRoutes.getOpenIdConfiguration, async () => {
  const issuer = orgTokenIssuer();
  return {
    body: {
      issuer,
      jwks_uri: `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['ES256'],
    },
    headers: { 'cache-control': 'public, max-age=300' },
  };
});
