import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { ApiError } from '../errors.ts';
import { countedMetric } from '../metrics.ts';
import { env } from './env.ts';

/** Names inside the deployed `AppSecrets` JSON and the env variables that override them locally. */
const envNames = {
  cursorSecret: 'CURSOR_SECRET',
  stripeSecretKey: 'STRIPE_SECRET_KEY',
  stripeWebhookSecret: 'STRIPE_WEBHOOK_SECRET',
} as const;

export type SecretName = keyof typeof envNames;
type SecretDocument = Readonly<Record<string, unknown>>;

/** A warm function sees a rotated or newly set value within this long. */
export const SECRET_MAX_AGE_MS = 5 * 60_000;

/** The metric (namespace METRIC_NAMESPACE) a missing secret emits; an alarm watches it. */
export const SECRET_UNAVAILABLE_METRIC = 'SecretUnavailable';

export interface SecretCacheOptions {
  /** Reads the whole JSON document, bypassing any other cache. */
  fetch: () => Promise<SecretDocument>;
  maxAgeMs?: number;
  now?: () => number;
}

/**
 * The caching policy: a document is reused for `maxAgeMs`, then read again; concurrent reads
 * share one fetch; a failed fetch is not kept. A value that is missing or empty is never
 * served from the cache: asking for it reads the document again (the operator may just have
 * set it), and if it is still empty the answer is 503 UNAVAILABLE — the request is fine, the
 * deployment is not — with an error log line and a `SecretUnavailable` metric (alarmed).
 */
export function secretCache(options: SecretCacheOptions) {
  const maxAgeMs = options.maxAgeMs ?? SECRET_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  let cached: { document: SecretDocument; readAt: number } | undefined;
  let inflight: Promise<SecretDocument> | undefined;

  const read = (): Promise<SecretDocument> => {
    inflight ??= options
      .fetch()
      .then((document) => {
        cached = { document, readAt: now() };
        return document;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };

  return async function get(name: string): Promise<string> {
    const fresh = cached && now() - cached.readAt < maxAgeMs ? cached.document : undefined;
    const fromCache = nonEmptyValue(fresh, name);
    if (fromCache) return fromCache;
    const value = nonEmptyValue(await read(), name);
    if (value) return value;
    reportUnavailable(name);
    throw new ApiError('UNAVAILABLE', 'The service is not fully configured yet. Try again later.');
  };
}

const nonEmptyValue = (document: SecretDocument | undefined, name: string) => {
  const value = document?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** One JSON line: an error for the logs, and an embedded-format metric for the alarm. */
function reportUnavailable(name: string): void {
  console.error(
    JSON.stringify({
      level: 'ERROR',
      message: `Secret ${name} is not set in the AppSecrets secret (APP_SECRETS_ARN): set it, see README "Deploy"`,
      secret: name,
      ...countedMetric(SECRET_UNAVAILABLE_METRIC),
    }),
  );
}

let deployed: ((name: string) => Promise<string>) | undefined;

/** Deployed: Powertools' SecretsProvider reads the document (its own cache bypassed: ours decides). */
function deployedSecrets(arn: string) {
  const provider = new SecretsProvider();
  return secretCache({
    fetch: async () => {
      const document = await provider.get(arn, { transform: 'json', forceFetch: true });
      return (document ?? {}) as SecretDocument;
    },
  });
}

/**
 * A secret from the environment (local stack, tests) or, deployed, from the Secrets
 * Manager secret named by APP_SECRETS_ARN, re-read at most every SECRET_MAX_AGE_MS.
 */
export async function secret(name: SecretName): Promise<string> {
  const fromEnv = env()[envNames[name]];
  if (fromEnv) return fromEnv;
  const arn = env().APP_SECRETS_ARN;
  if (!arn) throw new Error(`Secret ${name}: set ${envNames[name]} or APP_SECRETS_ARN`);
  deployed ??= deployedSecrets(arn);
  return deployed(name);
}
