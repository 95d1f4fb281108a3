import * as z from 'zod';
import { OrgSchema } from '../orgs/schemas.ts';
import { isoDate } from '../platform/schemas.ts';

export const DeleteOrgSchema = z
  .strictObject({
    confirmName: z.string().min(1).max(200).meta({
      description: 'The organization’s name, exactly as shown: guards against deleting the wrong one',
    }),
  })
  .meta({ id: 'DeleteOrganizationRequest', example: { confirmName: 'Acme GmbH' } });

export const ExportQuerySchema = z.object({
  limit: z
    .string()
    .regex(/^[0-9]{1,4}$/, 'Decimal digits only, 1 to 1000.')
    .transform(Number)
    .pipe(
      z.number().int().min(1, 'Decimal digits only, 1 to 1000.').max(1000, 'Decimal digits only, 1 to 1000.'),
    )
    .default(500)
    .meta({
      description: 'Items per page: decimal digits only, 1 to 1000 (default 500).',
      type: 'integer',
      minimum: 1,
      maximum: 1000,
    }),
  cursor: z.string().min(1).max(2048).optional(),
});

const ExportItemSchema = z
  .object({
    kind: z.enum(['member', 'invitation', 'workspace', 'audit', 'billing']),
    data: z.record(z.string(), z.unknown()).meta({
      description:
        'The item as its own route shows it (`Member`, `Invitation`, `Workspace`, `AuditEntry`); billing: `customerName`, `billingEmail`, `address` (never card data)',
    }),
  })
  .meta({
    id: 'ExportItem',
    example: {
      kind: 'workspace',
      data: { id: 'ws_1', name: 'Default', createdBy: 'user_ada', createdAt: '2026-11-22T10:00:00.000Z' },
    },
  });

export const ExportPageSchema = z
  .object({
    exportedAt: isoDate,
    organization: OrgSchema.optional().meta({ description: 'On the first page only' }),
    items: z.array(ExportItemSchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page' }),
  })
  .meta({
    id: 'OrganizationExportPage',
    example: {
      exportedAt: '2026-11-22T10:00:00.000Z',
      items: [{ kind: 'workspace', data: { id: 'ws_1', name: 'Default' } }],
      nextCursor: null,
    },
  });
