import type { core } from 'zod';
import type { FieldError } from '../errors.ts';

export function zodIssuesToFieldErrors(issues: readonly core.$ZodIssue[], prefix: string): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.code === 'invalid_type' && issue.input === undefined ? 'Required.' : issue.message,
  }));
}
