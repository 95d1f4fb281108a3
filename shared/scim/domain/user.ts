import { normalizeEmail } from '../../platform/domain/email.ts';
import { invalidValue, ScimError } from '../errors.ts';
import type { Filter } from './filter.ts';
import { UnsupportedFilter } from './filter.ts';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** The SCIM item of a provisioned user. `userId` is set once bound to a member. */
export interface ScimUserRecord {
  id: string;
  orgId: string;
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  /** what the identity provider last set; a bound member's own status decides what is shown */
  active: boolean;
  /** the member this user is bound to (an existing member, or the person once signed in) */
  userId?: string;
  /** an unbound user holds a seat while active */
  seat: boolean;
  /**
   * When the person was told they were provisioned: set once, by the first update that finds
   * the user active and unbound; the notifier emails when it appears (never on later changes).
   */
  emailedAt?: string;
  version: number;
  created: string;
  lastModified: string;
}

/** What a SCIM client may set. */
export interface ScimUserInput {
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  active: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function userNameOf(value: unknown): string {
  if (typeof value !== 'string' || !EMAIL.test(value.trim()) || value.length > 254)
    throw invalidValue('userName must be the person’s email address.');
  return normalizeEmail(value);
}

const optionalText = (value: unknown, field: string, max = 200): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > max)
    throw invalidValue(`${field} must be a string of at most ${max} characters.`);
  return value.trim() || null;
};

/** `active` as Okta and Entra send it: a boolean or the strings "True"/"False" (any case). */
export function activeOf(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
    return value.trim().toLowerCase() === 'true';
  throw invalidValue('active must be a boolean.');
}

const objectOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** A POST or PUT body (RFC 7643 §4.1); attributes this service does not keep are ignored. */
export function parseUserBody(body: unknown): ScimUserInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ScimError(400, 'The body must be a User resource.', 'invalidSyntax');
  const resource = body as Record<string, unknown>;
  const name = objectOf(resource.name);
  return {
    userName: userNameOf(resource.userName),
    externalId: optionalText(resource.externalId, 'externalId'),
    givenName: optionalText(name.givenName, 'name.givenName'),
    familyName: optionalText(name.familyName, 'name.familyName'),
    displayName: optionalText(resource.displayName, 'displayName'),
    active: resource.active === undefined ? true : activeOf(resource.active),
  };
}

/** Sets one attribute by its path (lower-cased); unknown attributes are ignored, as RFC 7644 allows. */
function setAttribute(target: ScimUserInput, path: string, value: unknown, remove: boolean) {
  switch (path) {
    case 'active':
      if (remove) throw new ScimError(400, 'active cannot be removed.', 'mutability');
      target.active = activeOf(value);
      return;
    case 'username':
      if (remove) throw new ScimError(400, 'userName cannot be removed.', 'mutability');
      target.userName = userNameOf(value);
      return;
    case 'externalid':
      target.externalId = remove ? null : optionalText(value, 'externalId');
      return;
    case 'displayname':
      target.displayName = remove ? null : optionalText(value, 'displayName');
      return;
    case 'name.givenname':
      target.givenName = remove ? null : optionalText(value, 'name.givenName');
      return;
    case 'name.familyname':
      target.familyName = remove ? null : optionalText(value, 'name.familyName');
      return;
    case 'name': {
      const name = objectOf(value);
      if (remove || 'givenName' in name)
        target.givenName = remove ? null : optionalText(name.givenName, 'name.givenName');
      if (remove || 'familyName' in name)
        target.familyName = remove ? null : optionalText(name.familyName, 'name.familyName');
      return;
    }
    default:
      // emails, phoneNumbers, the enterprise extension…: not kept (userName is the email)
      return;
  }
}

const withoutSchemaPrefix = (path: string) =>
  path.toLowerCase().replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, '');

/**
 * Applies a PatchOp (RFC 7644 §3.5.2) as Okta and Entra send it: op names in any case, a
 * `path`, or none with a value object (whose keys may themselves be paths, e.g. "name.givenName").
 */
export function applyPatch(current: ScimUserInput, body: unknown): ScimUserInput {
  const patch = objectOf(body);
  const operations = patch.Operations ?? patch.operations;
  if (!Array.isArray(operations) || operations.length === 0)
    throw new ScimError(400, 'A PatchOp with Operations is required.', 'invalidSyntax');
  const next = { ...current };
  for (const operation of operations) {
    const { op, path, value } = objectOf(operation) as { op?: unknown; path?: unknown; value?: unknown };
    const kind = typeof op === 'string' ? op.toLowerCase() : '';
    if (kind !== 'add' && kind !== 'replace' && kind !== 'remove')
      throw new ScimError(400, 'op must be add, replace or remove.', 'invalidSyntax');
    const remove = kind === 'remove';
    if (typeof path === 'string' && path.trim() !== '') {
      setAttribute(next, withoutSchemaPrefix(path.trim()), value, remove);
    } else {
      if (remove) throw new ScimError(400, 'remove needs a path.', 'noTarget');
      for (const [key, inner] of Object.entries(objectOf(value)))
        setAttribute(next, withoutSchemaPrefix(key), inner, false);
    }
  }
  return next;
}

export const inputOf = (record: ScimUserRecord): ScimUserInput => ({
  userName: record.userName,
  externalId: record.externalId,
  givenName: record.givenName,
  familyName: record.familyName,
  displayName: record.displayName,
  active: record.active,
});

export const etagOf = (version: number) => `W/"${version}"`;

/** `If-Match`: `W/"n"` or `"n"` or `*` (undefined: any version). */
export function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  if (!match) throw new ScimError(412, 'If-Match must be an ETag returned by this service.');
  return Number(match[1]);
}

/** The User resource (RFC 7643 §4.1) as answered. */
export function toScimUser(record: ScimUserRecord, active: boolean, baseUrl: string) {
  const formatted = [record.givenName, record.familyName].filter(Boolean).join(' ');
  return {
    schemas: [USER_SCHEMA],
    id: record.id,
    ...(record.externalId ? { externalId: record.externalId } : {}),
    userName: record.userName,
    name: {
      ...(formatted ? { formatted } : {}),
      ...(record.givenName ? { givenName: record.givenName } : {}),
      ...(record.familyName ? { familyName: record.familyName } : {}),
    },
    ...(record.displayName ? { displayName: record.displayName } : {}),
    emails: [{ value: record.userName, type: 'work', primary: true }],
    active,
    meta: {
      resourceType: 'User',
      created: record.created,
      lastModified: record.lastModified,
      location: `${baseUrl}/Users/${record.id}`,
      version: etagOf(record.version),
    },
  };
}

/** A filter evaluated on a user (candidates come from the indexes; this decides). */
export function matches(filter: Filter, record: ScimUserRecord, active: boolean): boolean {
  if (filter.op !== 'eq') {
    const left = matches(filter.left, record, active);
    return filter.op === 'and'
      ? left && matches(filter.right, record, active)
      : left || matches(filter.right, record, active);
  }
  const attr = withoutSchemaPrefix(filter.attr);
  const text = (stored: string | null, caseExact = false) => {
    if (filter.value === null) return stored === null;
    if (typeof filter.value !== 'string' || stored === null) return false;
    return caseExact ? stored === filter.value : stored.toLowerCase() === filter.value.toLowerCase();
  };
  switch (attr) {
    case 'username':
    case 'emails.value':
    case 'emails':
      return typeof filter.value === 'string' && normalizeEmail(filter.value) === record.userName;
    case 'externalid':
      return text(record.externalId, true);
    case 'id':
      return text(record.id, true);
    case 'displayname':
      return text(record.displayName);
    case 'name.givenname':
      return text(record.givenName);
    case 'name.familyname':
      return text(record.familyName);
    case 'active':
      return typeof filter.value === 'boolean'
        ? filter.value === active
        : typeof filter.value === 'string' && filter.value.toLowerCase() === String(active);
    default:
      throw new UnsupportedFilter(`Filtering on "${filter.attr}" is not supported.`);
  }
}

/** Where candidates come from: one index lookup per leaf, or every user when no leaf narrows. */
export type Lookup = { by: 'userName' | 'externalId' | 'id'; value: string };

export function lookupsOf(filter: Filter): Lookup[] | 'all' {
  if (filter.op === 'eq') {
    const attr = withoutSchemaPrefix(filter.attr);
    if (typeof filter.value !== 'string') return 'all';
    if (attr === 'username' || attr === 'emails.value' || attr === 'emails')
      return [{ by: 'userName', value: normalizeEmail(filter.value) }];
    if (attr === 'externalid') return [{ by: 'externalId', value: filter.value }];
    if (attr === 'id') return [{ by: 'id', value: filter.value }];
    return 'all';
  }
  const left = lookupsOf(filter.left);
  const right = lookupsOf(filter.right);
  if (filter.op === 'and')
    return left === 'all' ? right : right === 'all' ? left : left.length <= right.length ? left : right;
  return left === 'all' || right === 'all' ? 'all' : [...left, ...right];
}

const FILTERABLE = new Set([
  'username',
  'emails.value',
  'emails',
  'externalid',
  'id',
  'displayname',
  'name.givenname',
  'name.familyname',
  'active',
]);

/** Refuses a filter naming an attribute this service cannot evaluate, before reading anything. */
export function assertFilterable(filter: Filter): void {
  if (filter.op !== 'eq') {
    assertFilterable(filter.left);
    assertFilterable(filter.right);
    return;
  }
  if (!FILTERABLE.has(withoutSchemaPrefix(filter.attr)))
    throw new UnsupportedFilter(`Filtering on "${filter.attr}" is not supported.`);
}
