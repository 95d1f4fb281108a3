/** Environment access in one place; the same names locally and deployed. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export function optionalEnv(name: string): string | undefined {
  return process.env[name] || undefined;
}

export function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export const invitationTtlSeconds = () => intEnv('INVITATION_TTL_SECONDS', 7 * 24 * 3600);
/** How long a deleted organization can be restored before the cleanup purges it (30 days). */
export const orgDeletionGraceSeconds = () => intEnv('ORG_DELETION_GRACE_SECONDS', 30 * 24 * 3600);
export const appUrl = () => (optionalEnv('APP_URL') ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
