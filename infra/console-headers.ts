/**
 * The console's security headers, one definition for both servers of it: CloudFront deployed
 * (infra/constructs/console.ts, a response headers policy) and the local console server
 * (infra/local/console-server.ts). Pure: no CDK, no Node server code. Only the origins differ:
 * deployed they name the stack's own API and bucket (CDK tokens), locally the local stack's.
 */

export interface ConsoleOrigins {
  /** the API the console calls (its origin) */
  readonly api: string;
  /** where the branding upload form is POSTed: the bucket's endpoint */
  readonly uploads?: string;
  /** the OIDC issuer (discovery and token endpoints) */
  readonly issuer?: string;
  /** Stripe.js, the API it calls and its frames: Stripe deployed, the emulator locally */
  readonly stripe: { readonly script: string; readonly api: string; readonly frames: readonly string[] };
  /** image origins besides 'self' and any https: (locally the storage, served over http) */
  readonly images?: readonly string[];
}

export const STRIPE_ORIGINS: ConsoleOrigins['stripe'] = {
  script: 'https://js.stripe.com',
  api: 'https://api.stripe.com',
  frames: ['https://js.stripe.com', 'https://hooks.stripe.com'],
};

/** Nothing inline, nothing evaluated; scripts, frames and connections only to the origins named. */
export function consoleCsp(origins: ConsoleOrigins): string {
  const sources = (...values: (string | undefined)[]) => values.filter((value) => value).join(' ');
  return [
    "default-src 'self'",
    `script-src ${sources("'self'", origins.stripe.script)}`,
    "style-src 'self'",
    `img-src ${sources("'self'", 'https:', 'data:', ...(origins.images ?? []))}`,
    "font-src 'self'",
    `connect-src ${sources("'self'", origins.api, origins.uploads, origins.stripe.api, origins.issuer)}`,
    `frame-src ${sources(...origins.stripe.frames)}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** X-Frame-Options (a CDK `HeadersFrameOption` member name too) */
export const FRAME_OPTIONS = 'DENY';
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
/** HSTS, deployed only: a browser ignores it over the local stack's http */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/** The headers as the local console server sends them on every response. */
export function consoleSecurityHeaders(origins: ConsoleOrigins): Record<string, string> {
  return {
    'content-security-policy': consoleCsp(origins),
    'x-frame-options': FRAME_OPTIONS,
    'referrer-policy': REFERRER_POLICY,
    'x-content-type-options': 'nosniff',
  };
}
