import * as oauth from 'oauth4webapi';
import type { OidcSignIn } from '../runtime-config.ts';

/**
 * OpenID Connect authorization code flow with PKCE (oauth4webapi), for the deployed console:
 * a public client (no secret), the verifier and state kept in sessionStorage for the round trip.
 * Loaded only in OIDC mode (a separate chunk).
 */
const PENDING = 'orgs.oidc.pending';

interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

const redirectUri = () => `${location.origin}/auth/callback`;

async function discover(signIn: OidcSignIn) {
  const issuer = new URL(signIn.issuer);
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc' });
  return oauth.processDiscoveryResponse(issuer, response);
}

export async function startOidcSignIn(signIn: OidcSignIn, returnTo: string): Promise<void> {
  const server = await discover(signIn);
  if (!server.authorization_endpoint) throw new Error('The issuer has no authorization endpoint.');
  const pending: Pending = {
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    returnTo,
  };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: signIn.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: signIn.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    ...(signIn.audience ? { audience: signIn.audience } : {}),
  }).toString();
  location.assign(url);
}

export async function completeOidcSignIn(
  signIn: OidcSignIn,
): Promise<{ token: string; expiresIn?: number; returnTo: string }> {
  const raw = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  if (!raw) throw new Error('No sign-in is in progress in this tab. Sign in again.');
  const pending = JSON.parse(raw) as Pending;
  const server = await discover(signIn);
  const client: oauth.Client = { client_id: signIn.clientId };
  const auth = oauth.None();
  const params = oauth.validateAuthResponse(server, client, new URL(location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    auth,
    params,
    redirectUri(),
    pending.verifier,
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  return { token: result.access_token, expiresIn: result.expires_in, returnTo: pending.returnTo };
}
