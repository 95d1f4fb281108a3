import * as z from 'zod';
import { OrgIdParams } from '../orgs/schemas.ts';
import { displayName, idSchema, isoDate, PageQuerySchema, pageOf } from '../platform/schemas.ts';
import { apiKeyStatuses, MAX_ROLL_GRACE_SECONDS } from './domain/api-keys.ts';

const modeSchema = z.enum(['sandbox', 'production'], 'One of sandbox, production.');

export const ApiKeyParams = OrgIdParams.extend({ keyId: idSchema });

const futureTime = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'An ISO-8601 date-time, e.g. 2027-01-01T00:00:00Z.',
  })
  .transform((value) => new Date(value).toISOString())
  .refine((value) => value > new Date().toISOString(), { message: 'Must be in the future.' })
  .meta({ format: 'date-time', example: '2027-01-01T00:00:00.000Z' });

export const CreateApiKeySchema = z
  .strictObject({
    name: displayName(100),
    mode: modeSchema,
    expiresAt: futureTime.nullable().optional(),
    permissions: z
      .array(z.string().min(1).max(100))
      .max(200)
      .refine((list) => new Set(list).size === list.length, { message: 'Each permission once.' })
      .optional()
      .meta({
        description:
          "The key's scope: permissions of the catalog (GET /orgs/{orgId}/roles), each one the creator holds (else 403). Default: all the creator's permissions. On every call the key may do what its scope and its creator's permissions now both allow.",
        example: ['org:read', 'workflows:run'],
      }),
  })
  .meta({ id: 'CreateApiKey', example: { name: 'CI deploys', mode: 'sandbox' } });

export const RollApiKeySchema = z
  .strictObject({
    expiresInSeconds: z
      .number()
      .int('Whole seconds.')
      .min(0)
      .max(MAX_ROLL_GRACE_SECONDS, `At most ${MAX_ROLL_GRACE_SECONDS} (24 hours).`)
      .default(0),
  })
  .meta({ id: 'RollApiKey', example: { expiresInSeconds: 3600 } });

export const ApiKeyQuerySchema = PageQuerySchema.extend({
  mode: modeSchema.optional(),
  status: z.enum(apiKeyStatuses).optional(),
});

const keyFields = {
  id: z.string(),
  name: z.string(),
  mode: modeSchema,
  start: z.string().meta({
    description: 'Prefix, mode and the first characters, to tell keys apart',
    example: 'orgs_test_4fQ9',
  }),
  status: z.enum(apiKeyStatuses).meta({
    description:
      '`suspended`: its creator is no longer an active member whose role has developer features (restoring them restores the key)',
  }),
  createdBy: z.string(),
  createdAt: isoDate,
  expiresAt: isoDate.nullable(),
  lastUsedAt: isoDate.nullable().meta({ description: 'To the minute' }),
  revokedAt: isoDate.nullable(),
  rolledTo: z.string().nullable().meta({ description: 'The key a roll replaced this one with' }),
  rolledFrom: z.string().nullable().meta({ description: 'The key this one replaced' }),
  permissions: z.array(z.string()).nullable().meta({
    description:
      "The key's scope (null: a key created before scopes, which acts with all its creator's permissions)",
  }),
};

const keyExample = {
  id: 'key_Vb3kqX0mQy8rT2nJ5wLc1dPz9sA',
  name: 'CI deploys',
  mode: 'sandbox',
  start: 'orgs_test_4fQ9',
  status: 'active',
  createdBy: 'user_ada',
  createdAt: '2026-11-22T10:00:00.000Z',
  expiresAt: null,
  lastUsedAt: '2026-11-22T10:05:00.000Z',
  revokedAt: null,
  rolledTo: null,
  rolledFrom: null,
  permissions: ['org:read', 'developer:keys'],
};
const secretExample = 'orgs_test_4fQ9kWm2ZrT8vYx1LpN3sB7dH5jC0aE6g2iO9q1';

export const ApiKeySchema = z.object(keyFields).meta({ id: 'ApiKey', example: keyExample });
export const ApiKeyPageSchema = pageOf(ApiKeySchema, 'ApiKeyPage');

export const CreatedApiKeySchema = z
  .object({
    ...keyFields,
    key: z.string().meta({
      description:
        'The secret, shown in this response only (and to a retry with the same Idempotency-Key within 24 h)',
      example: secretExample,
    }),
  })
  .meta({ id: 'CreatedApiKey', example: { ...keyExample, lastUsedAt: null, key: secretExample } });

export const RolledApiKeySchema = z.object({ ...CreatedApiKeySchema.shape, previous: ApiKeySchema }).meta({
  id: 'RolledApiKey',
  example: {
    ...keyExample,
    id: 'key_N7pWq2xR5tY8uI1oP4aS6dF9gH3',
    lastUsedAt: null,
    key: secretExample,
    rolledFrom: keyExample.id,
    previous: {
      ...keyExample,
      expiresAt: '2026-11-22T11:00:00.000Z',
      rolledTo: 'key_N7pWq2xR5tY8uI1oP4aS6dF9gH3',
    },
  },
});

export const PlatformOrganizationSchema = z
  .object({
    orgId: z.string(),
    name: z.string(),
    mode: modeSchema,
    via: z.enum(['apiKey', 'orgSession']).meta({ description: 'The credential presented' }),
    permissions: z.array(z.string()).meta({ description: 'What the credential may do in the organization' }),
    keyId: z.string().optional().meta({ description: 'The API key (`via: apiKey`)' }),
    keyName: z.string().optional(),
    userId: z
      .string()
      .optional()
      .meta({ description: 'The member the session token speaks for (`via: orgSession`)' }),
  })
  .meta({
    id: 'PlatformOrganization',
    example: {
      orgId: 'org_8Jk2mQ4vX7zN1pR5tW9yB3cF6hL',
      name: 'Acme Inc',
      mode: 'sandbox',
      via: 'apiKey',
      permissions: ['org:read', 'developer:keys', 'developer:webhooks', 'workflows:read', 'workflows:run'],
      keyId: keyExample.id,
      keyName: 'CI deploys',
    },
  });
