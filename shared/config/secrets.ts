import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Names inside the deployed `AppSecrets` JSON and the env variables that override them locally. */
const envNames = {
  cursorSecret: 'CURSOR_SECRET',
  stripeSecretKey: 'STRIPE_SECRET_KEY',
  stripeWebhookSecret: 'STRIPE_WEBHOOK_SECRET',
} as const;

export type SecretName = keyof typeof envNames;

let loaded: Promise<Record<string, string>> | undefined;

/**
 * A secret from the environment (local stack, tests) or, deployed, from the
 * Secrets Manager secret named by APP_SECRETS_ARN, read once per container.
 */
export async function secret(name: SecretName): Promise<string> {
  const fromEnv = process.env[envNames[name]];
  if (fromEnv) return fromEnv;
  const arn = process.env.APP_SECRETS_ARN;
  if (!arn) throw new Error(`Secret ${name}: set ${envNames[name]} or APP_SECRETS_ARN`);
  loaded ??= new SecretsManagerClient({})
    .send(new GetSecretValueCommand({ SecretId: arn }))
    .then((result) => JSON.parse(result.SecretString ?? '{}') as Record<string, string>)
    .catch((error) => {
      loaded = undefined;
      throw error;
    });
  const value = (await loaded)[name];
  if (!value) throw new Error(`Secret ${name} is not set in APP_SECRETS_ARN`);
  return value;
}
