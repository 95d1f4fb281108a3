import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { safeReturnPath } from '../../web/src/auth/return-path.ts';
import type { ConsoleConfig } from '../../web/src/runtime-config.ts';
import { type ConsoleOrigins, consoleSecurityHeaders, STRIPE_ORIGINS } from '../console-headers.ts';
import { signDevToken } from './dev-issuer.ts';

export const DEV_SIGN_IN_PATH = '/__dev/sign-in';
const DEV_SIGN_IN_CSS_PATH = `${DEV_SIGN_IN_PATH}.css`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export interface ConsoleServerOptions {
  port: number;
  host: string;
  /** the Vite build output (web/dist) */
  distDir: string;
  config: ConsoleConfig;
  /** serve the development issuer's sign-in form (only when the stack runs the dev issuer) */
  devSignIn: boolean;
  /** the local storage: the branding upload form is POSTed there and images are served from it */
  storageUrl: string;
}

/** The local stack's origins for the CSP, in place of the deployed stack's API, bucket and Stripe. */
function localOrigins({ config, storageUrl }: ConsoleServerOptions): ConsoleOrigins {
  const origin = (url: string) => new URL(url).origin;
  const stripe = config.stripe.jsUrl ? origin(config.stripe.jsUrl) : undefined;
  return {
    api: origin(config.apiUrl),
    uploads: origin(storageUrl),
    issuer: config.signIn.mode === 'oidc' && config.signIn.issuer ? origin(config.signIn.issuer) : undefined,
    stripe: stripe ? { script: stripe, api: stripe, frames: [stripe] } : STRIPE_ORIGINS,
    images: [origin(storageUrl)],
  };
}

/**
 * Serves the built console like CloudFront does deployed: static files, every unknown path →
 * index.html (the SPA routes), `/config.json`, each response with the deployed security headers
 * (infra/console-headers.ts, with the local origins); and, locally only, the development sign-in form.
 */
export async function startConsoleServer(
  options: ConsoleServerOptions,
): Promise<{ server: Server; port: number }> {
  const securityHeaders = Object.entries(consoleSecurityHeaders(localOrigins(options)));
  const server = createServer((request, response) => {
    for (const [name, value] of securityHeaders) response.setHeader(name, value);
    handle(request, response, options).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : options.port };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: ConsoleServerOptions) {
  const url = new URL(request.url ?? '/', 'http://console.local');
  if (options.devSignIn && url.pathname === DEV_SIGN_IN_PATH) return devSignIn(request, response, url);
  if (options.devSignIn && url.pathname === DEV_SIGN_IN_CSS_PATH) {
    response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' });
    response.end(SIGN_IN_CSS);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (url.pathname === '/config.json') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify(options.config));
    return;
  }
  const root = path.resolve(options.distDir);
  const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
  const inside = file.startsWith(root + path.sep);
  if (inside && existsSync(file) && statSync(file).isFile()) {
    const immutable = url.pathname.startsWith('/assets/');
    return sendFile(response, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  }
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    response
      .writeHead(503, { 'content-type': 'text/plain' })
      .end('The console is not built: npm run build:web');
    return;
  }
  // a missing asset is a 404; any other path is a console route
  if (url.pathname.startsWith('/assets/')) response.writeHead(404).end();
  else sendFile(response, index, 'no-cache');
}

function sendFile(response: ServerResponse, file: string, cacheControl: string) {
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(response);
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Only same-origin paths: the form never redirects elsewhere (the console's own rule). */
const safeReturnTo = safeReturnPath;

async function devSignIn(request: IncomingMessage, response: ServerResponse, url: URL) {
  if (request.method === 'POST') {
    const form = new URLSearchParams(await readText(request));
    const email = (form.get('email') ?? '').trim();
    const name = (form.get('name') ?? '').trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      response.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      response.end(signInPage(safeReturnTo(form.get('returnTo')), 'Enter an email address.'));
      return;
    }
    // `amr: ["pwd","mfa"]` plays a sign-in with a second factor (the security policy's requireMfa)
    const amr = form.get('mfa') === 'on' ? { amr: ['pwd', 'mfa'] } : {};
    const token = await signDevToken({ email, ...(name ? { name } : {}), ...amr });
    const fragment = new URLSearchParams({
      access_token: token,
      return_to: safeReturnTo(form.get('returnTo')),
    });
    response.writeHead(303, { location: `/auth/callback#${fragment}` }).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(signInPage(safeReturnTo(url.searchParams.get('return_to'))));
}

function readText(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 16_384) request.destroy();
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/** The sign-in page's style: a file, as the CSP allows no inline style. */
const SIGN_IN_CSS = `body{font:16px/1.5 system-ui,sans-serif;background:#f4f5f7;color:#1d2330;display:grid;place-items:center;min-height:100vh;margin:0}
main{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 3px #0002;width:min(24rem,90vw)}
label{display:block;margin-top:1rem;font-weight:600}input{width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #6b7280;border-radius:4px;font:inherit}
button{margin-top:1.5rem;width:100%;padding:.6rem;background:#1f4fd1;color:#fff;border:0;border-radius:4px;font:inherit;font-weight:600;cursor:pointer}
label.check{display:flex;gap:.5rem;font-weight:400}label.check input{width:auto}
p.note{color:#4b5563;font-size:.875rem}p.error{color:#b91c1c}
`;

function signInPage(returnTo: string, error?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in — development issuer</title>
<link rel="stylesheet" href="${DEV_SIGN_IN_CSS_PATH}"></head>
<body><main>
<h1>Sign in</h1>
<p class="note">Local development issuer: any email signs in (verified). It is never deployed.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${DEV_SIGN_IN_PATH}">
<input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">
<label for="email">Email</label><input id="email" name="email" type="email" required autocomplete="email" autofocus>
<label for="name">Name</label><input id="name" name="name" autocomplete="name">
<label class="check"><input type="checkbox" name="mfa"> Signed in with a second factor (amr mfa)</label>
<button type="submit">Continue</button>
</form>
</main></body></html>`;
}

/** The console's `/config.json` when the local stack serves it. */
export function localConsoleConfig(apiUrl: string, stripeUrl: string, devIssuer: boolean): ConsoleConfig {
  return {
    apiUrl,
    signIn: devIssuer
      ? { mode: 'development', url: DEV_SIGN_IN_PATH }
      : {
          mode: 'oidc',
          issuer: process.env.AUTH_ISSUER ?? '',
          clientId: process.env.OIDC_CLIENT_ID ?? '',
          scope: process.env.OIDC_SCOPE ?? 'openid email profile',
          ...(process.env.AUTH_AUDIENCE ? { audience: process.env.AUTH_AUDIENCE } : {}),
        },
    stripe: { publishableKey: 'pk_test_local_emulator', jsUrl: `${stripeUrl}/__emulator/stripe.js` },
  };
}
