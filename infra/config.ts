/**
 * The deployment's settings, from CDK context (`-c key=value`, or cdk.json "context").
 * The required ones have no defaults: a deploy without them fails at synth with the list of
 * what is missing. Offline synth and the tests opt into harmless example values with
 * `-c examples=true` (`npm run synth` does); a template synthesized that way carries a
 * CloudFormation rule that fails every deploy of it.
 */
import { planIds } from '../shared/billing/domain/plans.ts';
import { parseAppPermissions } from '../shared/members/domain/app-permissions.ts';

const priceKey = (plan: string) => `stripePrice${plan.charAt(0).toUpperCase()}${plan.slice(1)}`;

/** Required keys and their example values (used only with `-c examples=true`). */
export const REQUIRED_CONTEXT = {
  authIssuer: 'https://auth.example.com/',
  authAudience: 'orgs-api',
  authJwksUrl: 'https://auth.example.com/.well-known/jwks.json',
  appUrl: 'https://app.example.com',
  emailFrom: 'Orgs <no-reply@example.com>',
  ...Object.fromEntries(planIds.map((plan) => [priceKey(plan), `price_example_${plan}`])),
  /** the console's OIDC client (public, authorization code + PKCE) at authIssuer */
  consoleClientId: 'orgs-console-example',
  /** Stripe.js in the console */
  stripePublishableKey: 'pk_test_example',
} as Readonly<Record<string, string>>;

/** Optional keys and their defaults. */
export const OPTIONAL_CONTEXT = {
  invitationTtlSeconds: '604800',
  /** how long a deleted organization can be restored before the purge (30 days) */
  orgDeletionGraceSeconds: '2592000',
  logLevel: 'INFO',
  /** an address subscribed to the alarm topic ('' = none) */
  alarmEmail: '',
  /** the product's permissions: JSON `{"workflows:read":["owner","admin"]}` ('' = none) */
  appPermissions: '',
  /** resolvers for domain verification, comma-separated host[:port] ('' = the Lambda environment's own) */
  dnsServers: '',
} as const;

export interface DeployConfig {
  /** true when synthesized with `-c examples=true`: not deployable */
  readonly examples: boolean;
  readonly authIssuer: string;
  readonly authAudience: string;
  readonly authJwksUrl: string;
  readonly appUrl: string;
  readonly emailFrom: string;
  readonly sender: { readonly address: string; readonly domain: string };
  /** plan id → Stripe price id */
  readonly stripePrices: Readonly<Record<string, string>>;
  readonly consoleClientId: string;
  readonly stripePublishableKey: string;
  readonly invitationTtlSeconds: string;
  readonly orgDeletionGraceSeconds: string;
  readonly logLevel: string;
  readonly alarmEmail?: string;
  /** APP_PERMISSIONS, validated ('' = none) */
  readonly appPermissions: string;
  /** DNS_SERVERS of the functions; undefined: the system's resolvers */
  readonly dnsServers?: string;
}

type Context = (key: string) => unknown;

/** `tryGetContext` as a string ('' and unset are the same). */
const text = (context: Context, key: string) => {
  const value = context(key);
  return value === undefined || value === null ? '' : String(value).trim();
};

export function readDeployConfig(context: Context): DeployConfig {
  const examples = text(context, 'examples') === 'true';
  const missing = Object.keys(REQUIRED_CONTEXT).filter((key) => text(context, key) === '');
  if (missing.length > 0 && !examples) {
    throw new Error(
      `Missing deployment settings (CDK context): ${missing.join(', ')}. Pass each as -c key=value ` +
        '(see README, "Deploy"), or -c examples=true to synthesize with example values that cannot be deployed.',
    );
  }
  const required = (key: string) => text(context, key) || (REQUIRED_CONTEXT[key] as string);
  const optional = (key: keyof typeof OPTIONAL_CONTEXT) => text(context, key) || OPTIONAL_CONTEXT[key];
  const problems: string[] = [];

  const url = (key: string) => {
    const value = required(key);
    if (!/^https:\/\/[^/\s]+/.test(value)) problems.push(`${key} must be an https:// URL (got "${value}")`);
    return value;
  };
  const authIssuer = url('authIssuer');
  const authJwksUrl = url('authJwksUrl');
  const appUrl = url('appUrl').replace(/\/$/, '');
  const emailFrom = required('emailFrom');
  const sender = emailAddress(emailFrom);
  if (!sender) problems.push(`emailFrom must be an email address (got "${emailFrom}")`);
  const stripePrices = Object.fromEntries(
    planIds.map((plan) => {
      const value = required(priceKey(plan));
      if (!/^price_\w+$/.test(value))
        problems.push(`${priceKey(plan)} must be a Stripe price id (got "${value}")`);
      return [plan, value];
    }),
  );
  const stripePublishableKey = required('stripePublishableKey');
  if (!/^pk_(test|live)_\w+$/.test(stripePublishableKey)) {
    problems.push(
      `stripePublishableKey must be a Stripe publishable key pk_… (got "${stripePublishableKey}")`,
    );
  }
  const invitationTtlSeconds = optional('invitationTtlSeconds');
  if (!/^[1-9]\d*$/.test(invitationTtlSeconds)) {
    problems.push(`invitationTtlSeconds must be a positive integer (got "${invitationTtlSeconds}")`);
  }
  const orgDeletionGraceSeconds = optional('orgDeletionGraceSeconds');
  if (!/^[1-9]\d*$/.test(orgDeletionGraceSeconds)) {
    problems.push(`orgDeletionGraceSeconds must be a positive integer (got "${orgDeletionGraceSeconds}")`);
  }
  // context may hold the map as JSON text or (cdk.json) as an object
  const rawApps = context('appPermissions');
  const appPermissions =
    rawApps === undefined || rawApps === null || rawApps === ''
      ? ''
      : typeof rawApps === 'string'
        ? rawApps.trim()
        : JSON.stringify(rawApps);
  try {
    parseAppPermissions(appPermissions, 'appPermissions');
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!examples) {
    const placeholders = Object.keys(REQUIRED_CONTEXT).filter((key) =>
      /example\.(com|org|net)\b/i.test(required(key)),
    );
    if (placeholders.length > 0) {
      problems.push(`${placeholders.join(', ')}: example.com is a placeholder; set the real values`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid deployment settings: ${problems.join('; ')}`);

  const alarmEmail = optional('alarmEmail');
  return {
    examples,
    authIssuer,
    authAudience: required('authAudience'),
    authJwksUrl,
    appUrl,
    emailFrom,
    sender: sender as NonNullable<typeof sender>,
    stripePrices,
    consoleClientId: required('consoleClientId'),
    stripePublishableKey,
    invitationTtlSeconds,
    orgDeletionGraceSeconds,
    logLevel: optional('logLevel'),
    alarmEmail: alarmEmail === '' ? undefined : alarmEmail,
    appPermissions,
    dnsServers: optional('dnsServers') || undefined,
  };
}

/** The address and domain of `no-reply@example.com` or `Orgs <no-reply@example.com>`. */
export function emailAddress(from: string): { address: string; domain: string } | undefined {
  const address = (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
  const [local, domain, ...rest] = address.split('@');
  if (!local || !domain || rest.length > 0 || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) return undefined;
  return { address, domain };
}

/** The functions' environment names for the config (the same names the local stack reads). */
export function configEnvironment(config: DeployConfig): Record<string, string> {
  return {
    AUTH_ISSUER: config.authIssuer,
    AUTH_AUDIENCE: config.authAudience,
    AUTH_JWKS_URL: config.authJwksUrl,
    INVITATION_TTL_SECONDS: config.invitationTtlSeconds,
    ORG_DELETION_GRACE_SECONDS: config.orgDeletionGraceSeconds,
    ...(config.appPermissions ? { APP_PERMISSIONS: config.appPermissions } : {}),
    APP_URL: config.appUrl,
    EMAIL_FROM: config.emailFrom,
    ...(config.dnsServers ? { DNS_SERVERS: config.dnsServers } : {}),
    ...Object.fromEntries(
      Object.entries(config.stripePrices).map(([plan, price]) => [
        `STRIPE_PRICE_${plan.toUpperCase()}`,
        price,
      ]),
    ),
  };
}
