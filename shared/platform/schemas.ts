import * as z from 'zod';
import { canonicalDisplayName, DISPLAY_NAME_MAX, displayNameProblem } from './domain/display-name.ts';
import { type ErrorCode, errorCatalog } from './errors.ts';

/** Every code of the catalog in shared/platform/errors.ts: the one source of the enum. */
export const errorCodes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];

export const ProblemSchema = z
  .object({
    type: z.string().meta({ format: 'uri', description: 'A URI naming the kind of problem' }),
    title: z.string().meta({ description: 'The short, fixed title of the code' }),
    status: z.number().int().meta({ description: 'The HTTP status, repeated' }),
    detail: z.string().meta({ description: 'What went wrong this time, for people' }),
    code: z.enum(errorCodes).meta({ description: 'The stable code clients branch on' }),
    requestId: z
      .string()
      .meta({ description: 'Equal to the `X-Request-Id` header; quote it in support requests' }),
    errors: z
      .array(
        z.object({
          path: z
            .string()
            .meta({ description: 'Where: `body.name`, `query.limit`, `params.orgId`, `headers.…`' }),
          message: z.string().meta({ description: 'What is wrong there' }),
        }),
      )
      .optional()
      .meta({ description: 'One entry per invalid field (VALIDATION_FAILED only)' }),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details',
    example: {
      type: 'https://orgs.dev/problems/validation-failed',
      title: 'Validation failed',
      status: 400,
      detail: 'The request is not valid.',
      code: 'VALIDATION_FAILED',
      requestId: '4f1c2a9e-3b7d-4c55-9a0e-2d8f6b1e7c30',
      errors: [{ path: 'body.name', message: 'Invalid input: expected string, received number' }],
    },
  });

export const idSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id.');

export const PageQuerySchema = z.object({
  // decimal digits only: `0x10`, `1e2`, ` 5` or `+5` are refused, not coerced
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/, 'Decimal digits only, 1 to 100.')
    .transform(Number)
    .pipe(
      z.number().int().min(1, 'Decimal digits only, 1 to 100.').max(100, 'Decimal digits only, 1 to 100.'),
    )
    .default(25)
    .meta({
      description: 'Page size: decimal digits only, 1 to 100 (default 25).',
      type: 'integer',
      minimum: 1,
      maximum: 100,
    }),
  cursor: z.string().min(1).max(2048).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: 'Pass as `cursor` for the next page; null on the last page' }),
    })
    .meta({ id, example: { items: [item.meta()?.example], nextCursor: null } });

export const isoDate = z.string().meta({ format: 'date-time', example: '2026-11-22T10:00:00.000Z' });

/** A display name (orgs, workspaces, people): the one rule of `shared/platform/domain/display-name.ts`. */
export const displayName = (max = DISPLAY_NAME_MAX) =>
  z
    .string()
    .overwrite(canonicalDisplayName)
    .superRefine((value, context) => {
      const problem = displayNameProblem(value, max);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .meta({
      description: `NFC, trimmed, 1–${max} characters; no control characters, no bidirectional overrides or isolates, not invisible-only.`,
    });
