import path from 'node:path';
import { projectRoot } from './handler-loader.ts';

/** Local stack settings: the contract's "Local stack" switches, all from the environment. */
export interface LocalConfig {
  host: string;
  apiPort: number;
  dynamodbPort: number;
  sesPort: number;
  stripePort: number;
  /** object storage for branding uploads (s3rver; STORAGE_PORT, default 4569) */
  storagePort: number;
  storageBucket: string;
  /** the DNS server for domain verification (DNS_PORT, default 8053, UDP and TCP) */
  dnsPort: number;
  /** DNS_SERVERS when set: the service resolves through those and the stack starts no DNS server */
  dnsServers: string | undefined;
  /** the console's static server (CONSOLE_PORT, default: the port of APP_URL, else 5173) */
  consolePort: number;
  /** APP_URL when set; else the console's own address */
  appUrl: string | undefined;
  inMemory: boolean;
  dataDir: string;
  tableName: string;
  cleanupIntervalSeconds: number;
  /** how often the webhook dispatcher reads the due-time index (deployed: every minute) */
  webhookDispatchIntervalSeconds: number;
  stripeWebhookSecret: string;
  /** how long the Stripe emulator waits for the API's answer to one webhook attempt */
  stripeEmulatorWebhookTimeoutMs: number;
  /** true when no AUTH_* variable is set: the development issuer signs tokens */
  devIssuer: boolean;
}

/** Every port switch at 0: each part on a free port (tests, the bench, `npm run client`). */
export const ANY_FREE_PORTS = {
  API_PORT: '0',
  DYNAMODB_PORT: '0',
  SES_PORT: '0',
  STRIPE_PORT: '0',
  STORAGE_PORT: '0',
  CONSOLE_PORT: '0',
  DNS_PORT: '0',
} as const;

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value > 65535) throw new Error(`${name} must be a port number`);
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`${name} must be a positive number`);
  return value;
}

function appUrlPort(appUrl: string | undefined): number | undefined {
  if (!appUrl) return undefined;
  const url = new URL(appUrl);
  return url.port ? Number(url.port) : undefined;
}

export function localConfig(env: NodeJS.ProcessEnv, args: { inMemory: boolean }): LocalConfig {
  const authVars = ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL'].filter((name) => env[name]);
  if (authVars.length > 0 && authVars.length < 3) {
    throw new Error('Set all of AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL, or none (development issuer).');
  }
  if (env.INVITATION_TTL_SECONDS !== undefined) positive(env, 'INVITATION_TTL_SECONDS', 1);
  if (env.ORG_DELETION_GRACE_SECONDS !== undefined) positive(env, 'ORG_DELETION_GRACE_SECONDS', 1);
  return {
    host: env.HOST ?? '127.0.0.1',
    apiPort: port(env, 'API_PORT', 3000),
    dynamodbPort: port(env, 'DYNAMODB_PORT', 8000),
    sesPort: port(env, 'SES_PORT', 8005),
    stripePort: port(env, 'STRIPE_PORT', 12111),
    storagePort: port(env, 'STORAGE_PORT', 4569),
    storageBucket: env.BRANDING_BUCKET ?? 'orgs-branding-local',
    dnsPort: port(env, 'DNS_PORT', 8053),
    dnsServers: env.DNS_SERVERS || undefined,
    consolePort: port(env, 'CONSOLE_PORT', appUrlPort(env.APP_URL) ?? 5173),
    appUrl: env.APP_URL || undefined,
    inMemory: args.inMemory,
    dataDir: env.LOCAL_DATA_DIR ?? path.join(projectRoot, '.local'),
    tableName: env.TABLE_NAME ?? 'orgs-local',
    cleanupIntervalSeconds: positive(env, 'CLEANUP_INTERVAL_SECONDS', 60),
    webhookDispatchIntervalSeconds: positive(env, 'WEBHOOK_DISPATCH_INTERVAL_SECONDS', 1),
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET ?? 'whsec_local_development_secret',
    stripeEmulatorWebhookTimeoutMs: positive(env, 'STRIPE_EMULATOR_WEBHOOK_TIMEOUT_MS', 10_000),
    devIssuer: authVars.length === 0,
  };
}
