import * as z from 'zod';
import { canonicalDisplayName, DISPLAY_NAME_MAX, displayNameProblem } from '../domain/display-name.ts';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().meta({ example: 'VALIDATION_FAILED' }),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

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
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });

export const isoDate = z.string().meta({ format: 'date-time', example: '2026-11-22T10:00:00.000Z' });

/** A display name (orgs, workspaces, people): the one rule of `shared/domain/display-name.ts`. */
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
