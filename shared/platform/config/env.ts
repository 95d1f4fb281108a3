import { z } from 'zod';
import { parseAppPermissions } from '../../members/domain/app-permissions.ts';

/**
 * Every environment variable the functions read, in one schema, with its default: the
 * same names locally and deployed. Parsed once per process, at its first use (a function's
 * cold start: an HTTP handler reads its budget when its module loads), never when this
 * module is imported: the local stack and the tests set the environment before they load
 * a handler. A bad value fails that use with an Error naming the variable and the problem.
 */

// '' counts as unset: the test stack passes empty values for the names it does not set
const blankAsUnset = (raw: unknown) => (raw === '' ? undefined : raw);

const text = () => z.preprocess(blankAsUnset, z.string().optional());

const textOr = (fallback: string) => z.preprocess(blankAsUnset, z.string().default(fallback));

const numeric = (number: z.ZodNumber, fallback: number) =>
  z.preprocess(
    (raw) => (raw === undefined || raw === '' ? undefined : Number(raw)),
    number.default(fallback),
  );

const positiveInteger = (fallback: number) => {
  const problem = { error: 'must be a positive integer' };
  return numeric(z.number(problem).int(problem).positive(problem), fallback);
};

/** Any positive (finite) number, e.g. 0.001 to scale delays down. */
const positiveNumber = (fallback: number) => {
  const problem = { error: 'must be a positive number' };
  return numeric(z.number(problem).positive(problem), fallback);
};

const DAY_SECONDS = 24 * 3600;

export const envSchema = z.object({
  // the table and its client
  TABLE_NAME: text(),
  DYNAMODB_ENDPOINT: text(),
  DYNAMODB_CONNECT_TIMEOUT_MS: positiveInteger(1000),
  DYNAMODB_REQUEST_TIMEOUT_MS: positiveInteger(2500),
  DYNAMODB_MAX_ATTEMPTS: positiveInteger(3),

  // the API's time budget (config/budgets.ts)
  API_FUNCTION_TIMEOUT_MS: positiveInteger(10_000),
  EARLY_TIMEOUT_MS: positiveInteger(500),
  RETRY_AFTER_SECONDS: positiveInteger(2),
  READINESS_TIMEOUT_MS: positiveInteger(1000),

  // who signs the callers' tokens
  AUTH_ISSUER: text(),
  AUTH_AUDIENCE: text(),
  AUTH_JWKS_URL: text(),
  /** fetch the issuer's JWKS while the container initializes, not on its first request (default on) */
  AUTH_JWKS_PREFETCH: text().transform((raw) => raw !== 'false'),

  // secrets: locally from the environment, deployed from the AppSecrets secret (config/secrets.ts)
  APP_SECRETS_ARN: text(),
  CURSOR_SECRET: text(),
  STRIPE_SECRET_KEY: text(),
  STRIPE_WEBHOOK_SECRET: text(),

  // email
  SES_ENDPOINT: text(),
  SES_CONNECT_TIMEOUT_MS: positiveInteger(1000),
  SES_REQUEST_TIMEOUT_MS: positiveInteger(5000),
  // 6: throttling is retried with backoff before the record is redelivered (notifications/ses.ts)
  SES_MAX_ATTEMPTS: positiveInteger(6),
  EMAIL_FROM: text(),
  APP_URL: textOr('http://127.0.0.1:3000').transform((url) => url.replace(/\/$/, '')),

  // Stripe: the emulator's address locally, the prices of the plans
  STRIPE_API_BASE: text(),
  STRIPE_TIMEOUT_MS: positiveInteger(3000),
  STRIPE_MAX_ATTEMPTS: positiveInteger(2),
  STRIPE_PRICE_BASIC: text(),
  STRIPE_PRICE_PRO: text(),
  STRIPE_PRICE_ENTERPRISE: text(),

  // the contract's limits (overridden for tests and the bench)
  INVITATION_TTL_SECONDS: positiveInteger(7 * DAY_SECONDS),
  ORG_DELETION_GRACE_SECONDS: positiveInteger(30 * DAY_SECONDS),
  /** how long an org stays usable after its first unpaid failure before it is restricted */
  PAYMENT_GRACE_SECONDS: positiveInteger(14 * DAY_SECONDS),
  PENDING_INVITATION_LIMIT: positiveInteger(1000),
  WORKSPACE_LIMIT: positiveInteger(100),
  INVITE_LIMIT_PER_EMAIL_DAY: positiveInteger(10),
  INVITE_LIMIT_PER_ORG_HOUR: positiveInteger(60),
  INVITE_LIMIT_PER_INVITER_HOUR: positiveInteger(20),

  // webhooks (webhooks/config.ts)
  WEBHOOK_ALLOW_PRIVATE_TARGETS: text().transform((raw) => raw === 'true'),
  WEBHOOK_RETRY_SCALE: positiveNumber(1),
  WEBHOOK_TIMEOUT_MS: positiveNumber(10_000),
  WEBHOOK_DISABLE_AFTER_SECONDS: positiveNumber(5 * DAY_SECONDS),
  WEBHOOK_DELIVER_FUNCTION: textOr('webhookDeliver'),
  LAMBDA_ENDPOINT: text(),

  // branding storage and its CDN
  S3_ENDPOINT: text(),
  BRANDING_BUCKET: text(),
  BRANDING_CDN_URL: text(),
  BRANDING_UPLOAD_TTL_SECONDS: positiveInteger(600),
  BRANDING_DISTRIBUTION_ID: text(),
  CLOUDFRONT_ENDPOINT: text(),

  // organization session tokens (shared/sessions)
  ORG_TOKEN_TTL_SECONDS: positiveInteger(300),
  ORG_TOKEN_ISSUER: text(),
  ORG_TOKEN_AUDIENCE: textOr('orgs-platform'),
  /** locally: `{ signing: kid, keys: [private JWK] }`, set by the local stack */
  ORG_TOKEN_LOCAL_KEYS: text(),
  /** deployed: the published KMS keys (comma-separated ARNs) and the one that signs */
  ORG_TOKEN_KMS_KEYS: text(),
  ORG_TOKEN_KMS_SIGNING_KEY: text(),

  /** the product's own permissions: `{"workflows:read":["owner","admin",...]}` (members/domain/app-permissions.ts) */
  APP_PERMISSIONS: z.preprocess(blankAsUnset, z.string().optional()).transform((raw, context) => {
    try {
      return parseAppPermissions(raw);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  // domain verification (shared/domains): the resolvers (comma-separated host:port; unset: the
  // system's), each query's budget, and the daily re-check
  DNS_SERVERS: text(),
  DNS_TIMEOUT_MS: positiveInteger(1000),
  DNS_TRIES: positiveInteger(2),
  DOMAIN_RECHECK_SECONDS: positiveInteger(DAY_SECONDS),
  DOMAIN_UNVERIFY_AFTER_SECONDS: positiveInteger(3 * DAY_SECONDS),

  // the logs' service name (Powertools reads its other POWERTOOLS_* variables itself)
  POWERTOOLS_SERVICE_NAME: textOr('orgs'),
});

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws one Error naming every bad variable and what is wrong with it. */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name} ${issue.message}, got "${source[name]}"`;
  });
  throw new Error(`Invalid environment: ${problems.join('; ')}`);
}

let parsed: Env | undefined;

/** The environment, parsed at the first call in this process. */
export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** For tests that change process.env after a handler ran in their process: the next env() parses again. */
export function resetEnvForTests(): void {
  parsed = undefined;
}

type TextName = {
  [K in keyof Env]-?: Env[K] extends string | undefined ? (undefined extends Env[K] ? K : never) : never;
}[keyof Env];

/** A variable the caller cannot do without (each function gets the ones it uses). */
export function requiredEnv(name: TextName): string {
  const value = env()[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/** The service name alone, for loggers created at import, before the environment is complete. */
export const serviceName = (): string =>
  envSchema.shape.POWERTOOLS_SERVICE_NAME.parse(process.env.POWERTOOLS_SERVICE_NAME);

export const invitationTtlSeconds = () => env().INVITATION_TTL_SECONDS;
/** How long a deleted organization can be restored before the cleanup purges it (30 days). */
export const orgDeletionGraceSeconds = () => env().ORG_DELETION_GRACE_SECONDS;
export const appUrl = () => env().APP_URL;
