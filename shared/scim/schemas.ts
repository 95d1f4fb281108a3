import * as z from 'zod';
import { OrgIdParams } from '../orgs/schemas.ts';
import { displayName, idSchema, isoDate, PageQuerySchema, pageOf } from '../platform/schemas.ts';

export const ScimTokenParams = OrgIdParams.extend({ tokenId: idSchema });

export const CreateScimTokenSchema = z
  .strictObject({ name: displayName(100).optional() })
  .meta({ id: 'CreateScimToken', example: { name: 'Okta' } });

export const ScimTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    start: z.string().meta({ description: 'The first characters, to tell tokens apart' }),
    status: z.enum(['active', 'revoked']),
    createdBy: z.string(),
    createdAt: isoDate,
    revokedAt: isoDate.nullable(),
    lastActivityAt: isoDate
      .nullable()
      .meta({ description: 'The last provisioning change made with it (recorded at most once a minute)' }),
    lastActivity: z
      .string()
      .nullable()
      .meta({ description: 'What that change was, as the audit log names it (e.g. `scim.user_created`)' }),
  })
  .meta({
    id: 'ScimToken',
    example: {
      id: 'scimtok_2f8k',
      name: 'Okta',
      start: 'orgs_scim_a1B2',
      status: 'active',
      createdBy: 'user_1',
      createdAt: '2026-11-22T10:00:00.000Z',
      revokedAt: null,
      lastActivityAt: '2026-11-23T08:00:00.000Z',
      lastActivity: 'scim.user_created',
    },
  });

export const CreatedScimTokenSchema = ScimTokenSchema.extend({
  token: z.string().meta({ description: 'The secret, shown once: paste it into the identity provider now' }),
}).meta({
  id: 'CreatedScimToken',
  example: {
    id: 'scimtok_2f8k',
    name: 'Okta',
    start: 'orgs_scim_a1B2',
    status: 'active',
    createdBy: 'user_1',
    createdAt: '2026-11-22T10:00:00.000Z',
    revokedAt: null,
    lastActivityAt: null,
    lastActivity: null,
    token: 'orgs_scim_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9',
  },
});

export const ScimTokenPageSchema = pageOf(ScimTokenSchema, 'ScimTokenPage');
export const ScimTokenQuerySchema = PageQuerySchema;

/** SCIM bodies are RFC 7643 resources: parsed by the handlers (SCIM errors), documented loosely here. */
export const ScimResourceSchema = z.looseObject({}).meta({
  id: 'ScimResource',
  example: {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: 'scimusr_9x',
    userName: 'ada@example.com',
    name: { givenName: 'Ada', familyName: 'Lovelace' },
    active: true,
    meta: { resourceType: 'User', version: 'W/"1"' },
  },
});
export const ScimIdParams = z.object({ id: z.string().min(1).max(200) });
export const ScimListQuery = z.looseObject({
  filter: z.string().max(2000).optional(),
  startIndex: z.string().max(12).optional(),
  count: z.string().max(12).optional(),
});
export const ScimGroupQuery = z.looseObject({
  excludedAttributes: z.string().max(200).optional(),
});
export const ScimGroupListQuery = ScimListQuery.extend({
  excludedAttributes: z.string().max(200).optional(),
});
