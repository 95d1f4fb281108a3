/**
 * `/config.json`: what the built console learns at run time (the same files run locally and deployed).
 * Written by the local stack (infra/local/console-server.ts) and by CDK (infra/constructs/console.ts).
 */
export interface ConsoleConfig {
  /** the API's base URL, no trailing slash */
  apiUrl: string;
  signIn: DevelopmentSignIn | OidcSignIn;
  stripe: {
    publishableKey: string;
    /** locally the Stripe emulator's stand-in for Stripe.js; unset = the real Stripe.js */
    jsUrl?: string;
  };
}

/** The local stack's development issuer: a sign-in form it alone serves. */
export interface DevelopmentSignIn {
  mode: 'development';
  /** the form; it redirects to /auth/callback#access_token=… */
  url: string;
}

/** Deployed: OpenID Connect authorization code flow with PKCE against AUTH_ISSUER. */
export interface OidcSignIn {
  mode: 'oidc';
  issuer: string;
  clientId: string;
  /** requested scopes, e.g. "openid email profile" */
  scope: string;
  /** sent as `audience` for issuers that need it to mint an access token for the API */
  audience?: string;
}
