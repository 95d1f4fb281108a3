import * as z from 'zod';
import { displayName, idSchema, isoDate } from '../platform/schemas.ts';

export const ProfileSchema = z
  .object({
    id: z.string(),
    email: z
      .string()
      .nullable()
      .meta({ format: 'email', description: 'The verified email; null when the token’s is not verified' }),
    name: z.string().nullable(),
    defaultOrgId: z.string().nullable(),
    createdAt: isoDate,
  })
  .meta({
    id: 'Profile',
    example: {
      id: 'user_123',
      email: 'ada@example.com',
      name: 'Ada',
      defaultOrgId: null,
      createdAt: '2026-11-22T10:00:00.000Z',
    },
  });

export const UpdateMeSchema = z
  .strictObject({
    name: displayName(100).optional(),
    defaultOrgId: idSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field.')
  .meta({ id: 'UpdateMeRequest', example: { name: 'Ada Lovelace' } });
