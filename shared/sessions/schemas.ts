import * as z from 'zod';

export const OrgSessionSchema = z
  .object({
    token: z
      .string()
      .meta({ description: 'An ES256 JWT; verify it with the keys of `/.well-known/jwks.json`' }),
    expiresAt: z.string().meta({ description: 'When the token ends (its `exp`)' }),
  })
  .meta({
    id: 'OrgSession',
    example: {
      token: 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImxvY2FsLTEifQ.eyJ…',
      expiresAt: '2026-12-07T10:05:00.000Z',
    },
  });

const jwkExample = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  kid: 'local-2026-12-07-1a2b3c4d',
  alg: 'ES256',
  use: 'sig',
} as const;

const JwkSchema = z
  .object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string(),
    y: z.string(),
    kid: z.string(),
    alg: z.literal('ES256'),
    use: z.literal('sig'),
  })
  .meta({ id: 'Jwk', example: jwkExample });

export const JwksSchema = z.object({ keys: z.array(JwkSchema) }).meta({
  id: 'Jwks',
  description: 'The public keys that sign organization session tokens (RFC 7517).',
  example: { keys: [jwkExample] },
});

export const OpenIdConfigurationSchema = z
  .object({
    issuer: z.string(),
    jwks_uri: z.string(),
    id_token_signing_alg_values_supported: z.array(z.literal('ES256')),
  })
  .meta({
    id: 'OpenIdConfiguration',
    example: {
      issuer: 'https://api.example.com/',
      jwks_uri: 'https://api.example.com/.well-known/jwks.json',
      id_token_signing_alg_values_supported: ['ES256'],
    },
  });
