/**
 * Application permissions: the product built on this service declares its own permissions
 * (`APP_PERMISSIONS`, CDK context `appPermissions`) as a JSON map of permission to the
 * built-in roles that hold them. The service carries them (roles, custom roles, key scopes,
 * `/v1/organization`, the authorizer's context, organization session tokens) and enforces
 * only its own. A bad declaration fails the start, naming what is wrong.
 */

export type AppPermissions = Readonly<Record<string, readonly BuiltInRoleName[]>>;
type BuiltInRoleName = 'owner' | 'admin' | 'developer' | 'finance' | 'member';

const ROLE_NAMES: readonly string[] = ['owner', 'admin', 'developer', 'finance', 'member'];
/** The service's own names, which an application permission never shadows. */
const RESERVED = new Set([
  'org:read',
  'org:settings',
  'members:invite',
  'members:manage',
  'billing:manage',
  'developer:keys',
  'developer:webhooks',
  'audit:read',
  'access:manage',
  'org:transfer',
  'org:delete',
]);
/** The service's own areas: an application permission uses its own prefix. */
const RESERVED_AREAS = new Set(['org', 'members', 'billing', 'developer', 'audit', 'access']);

export const APP_PERMISSION_NAME = /^[a-z][a-z0-9_-]*:[a-z][a-z0-9_.-]*$/;

/** The local stack's default (the contract's example). */
export const LOCAL_APP_PERMISSIONS = {
  'workflows:read': ['owner', 'admin', 'developer', 'finance', 'member'],
  'workflows:run': ['owner', 'admin', 'developer'],
} as const satisfies AppPermissions;

/** Parses and checks a declaration; throws an Error naming every problem. '' or unset: none. */
export function parseAppPermissions(raw: string | undefined, source = 'APP_PERMISSIONS'): AppPermissions {
  if (raw === undefined || raw.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`${source} must be a JSON object of permission to roles, got "${raw}"`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${source} must be a JSON object of permission to roles, got "${raw}"`);
  }
  const problems: string[] = [];
  const parsed: Record<string, BuiltInRoleName[]> = {};
  for (const [name, holders] of Object.entries(value)) {
    if (!APP_PERMISSION_NAME.test(name)) {
      problems.push(`"${name}" is not a permission name (${APP_PERMISSION_NAME.source})`);
      continue;
    }
    if (RESERVED.has(name) || RESERVED_AREAS.has(name.split(':')[0] as string)) {
      problems.push(`"${name}" shadows the service's own permissions`);
      continue;
    }
    if (!Array.isArray(holders) || holders.some((role) => typeof role !== 'string')) {
      problems.push(`"${name}" must list built-in roles, e.g. ["owner","admin"]`);
      continue;
    }
    const unknown = holders.filter((role) => !ROLE_NAMES.includes(role));
    if (unknown.length > 0) {
      problems.push(`"${name}" names unknown role ${unknown.map((role) => `"${role}"`).join(', ')}`);
      continue;
    }
    parsed[name] = ROLE_NAMES.filter((role) => holders.includes(role)) as BuiltInRoleName[];
  }
  if (problems.length > 0) throw new Error(`${source}: ${problems.join('; ')}`);
  return parsed;
}
