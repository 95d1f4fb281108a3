import { describe, expect, it } from 'vitest';
import { configEnvironment, emailAddress, REQUIRED_CONTEXT, readDeployConfig } from '../../infra/config.ts';

const real: Record<string, string> = {
  authIssuer: 'https://login.acme.io/',
  authAudience: 'acme-orgs',
  authJwksUrl: 'https://login.acme.io/.well-known/jwks.json',
  appUrl: 'https://orgs.acme.io/',
  emailFrom: 'Acme <Mail@Acme.io>',
  stripePriceBasic: 'price_1Basic',
  stripePricePro: 'price_1Pro',
  stripePriceEnterprise: 'price_1Enterprise',
  consoleClientId: 'acme-console',
  stripePublishableKey: 'pk_live_acme',
};
const from = (values: Record<string, unknown>) => (key: string) => values[key];

describe('readDeployConfig', () => {
  it('reads every required key, with defaults only for the optional ones', () => {
    const config = readDeployConfig(from(real));
    expect(config).toMatchObject({
      examples: false,
      authIssuer: 'https://login.acme.io/',
      appUrl: 'https://orgs.acme.io',
      sender: { address: 'mail@acme.io', domain: 'acme.io' },
      stripePrices: { basic: 'price_1Basic', pro: 'price_1Pro', enterprise: 'price_1Enterprise' },
      consoleClientId: 'acme-console',
      stripePublishableKey: 'pk_live_acme',
      invitationTtlSeconds: '604800',
      orgDeletionGraceSeconds: '2592000',
      logLevel: 'INFO',
      alarmEmail: undefined,
    });
    expect(configEnvironment(config)).toMatchObject({
      AUTH_AUDIENCE: 'acme-orgs',
      EMAIL_FROM: 'Acme <Mail@Acme.io>',
      STRIPE_PRICE_PRO: 'price_1Pro',
    });
  });

  it('names every missing key (an empty value is missing)', () => {
    const partial = { ...real, authAudience: '', stripePricePro: undefined };
    expect(() => readDeployConfig(from(partial))).toThrow(
      'Missing deployment settings (CDK context): authAudience, stripePricePro.',
    );
    expect(() => readDeployConfig(from({}))).toThrow(Object.keys(REQUIRED_CONTEXT).join(', '));
  });

  it('fills the examples only when asked, and says so', () => {
    const config = readDeployConfig(from({ examples: 'true' }));
    expect(config.examples).toBe(true);
    expect(config.authIssuer).toBe(REQUIRED_CONTEXT.authIssuer);
    expect(readDeployConfig(from({ ...real, examples: 'true' })).authIssuer).toBe(real.authIssuer);
  });

  it('refuses malformed values and example.com placeholders', () => {
    const bad = (values: Record<string, string>) => () => readDeployConfig(from({ ...real, ...values }));
    expect(bad({ authJwksUrl: 'http://login.acme.io/jwks' })).toThrow(/authJwksUrl must be an https/);
    expect(bad({ emailFrom: 'Acme' })).toThrow(/emailFrom must be an email address/);
    expect(bad({ stripePriceBasic: 'prod_123' })).toThrow(/stripePriceBasic must be a Stripe price id/);
    expect(bad({ invitationTtlSeconds: '0' })).toThrow(/invitationTtlSeconds/);
    expect(bad({ orgDeletionGraceSeconds: 'month' })).toThrow(/orgDeletionGraceSeconds/);
    expect(
      configEnvironment(readDeployConfig(from({ ...real, orgDeletionGraceSeconds: '60' }))),
    ).toMatchObject({
      ORG_DELETION_GRACE_SECONDS: '60',
    });
    expect(bad({ stripePublishableKey: 'sk_live_secret' })).toThrow(/stripePublishableKey must be/);
    expect(bad({ appUrl: 'https://app.example.com' })).toThrow(/appUrl: example.com is a placeholder/);
  });
});

describe('emailAddress', () => {
  it('takes the address of a display form, lower-cased, and refuses what is no address', () => {
    expect(emailAddress('Orgs <No-Reply@Mail.Acme.io>')).toEqual({
      address: 'no-reply@mail.acme.io',
      domain: 'mail.acme.io',
    });
    expect(emailAddress('a@b@c.io')).toBeUndefined();
    expect(emailAddress('@acme.io')).toBeUndefined();
  });
});
