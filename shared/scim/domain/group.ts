import { invalidValue, ScimError } from '../errors.ts';
import { type Filter, parseFilter, UnsupportedFilter } from './filter.ts';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** The SCIM item of a group: its members are SCIM user ids. */
export interface ScimGroupRecord {
  id: string;
  orgId: string;
  displayName: string;
  externalId: string | null;
  members: string[];
  /** the SCIM token that last wrote the group: its role is given only as that token's creator could */
  writtenBy?: string;
  version: number;
  created: string;
  lastModified: string;
}

export interface ScimGroupInput {
  displayName: string;
  externalId: string | null;
  members: string[];
}

/** A group larger than this is refused (one DynamoDB item holds the member list). */
export const MAX_GROUP_MEMBERS = 5000;

const objectOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export function displayNameOf(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200)
    throw invalidValue('displayName must be a non-empty string of at most 200 characters.');
  return value.trim();
}

/** The key a displayName is unique under (case-insensitive, as Okta and Entra compare group names). */
export const groupNameKey = (displayName: string) => displayName.trim().toLowerCase();

const externalIdOf = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > 200)
    throw invalidValue('externalId must be a string of at most 200 characters.');
  return value;
};

/** `members` as sent: `[{ value: "<user id>", display? }]`; a bare id string is taken too. */
export function memberIdsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const ids = list.map((entry) => {
    const id = typeof entry === 'string' ? entry : objectOf(entry).value;
    if (typeof id !== 'string' || id.trim() === '' || id.length > 200)
      throw invalidValue('Each member needs a value: the id of a SCIM user.');
    return id.trim();
  });
  return [...new Set(ids)];
}

const bounded = (members: string[]) => {
  if (members.length > MAX_GROUP_MEMBERS)
    throw new ScimError(400, `A group holds at most ${MAX_GROUP_MEMBERS} members.`, 'tooMany');
  return members;
};

/** A POST or PUT body (RFC 7643 §4.2). */
export function parseGroupBody(body: unknown): ScimGroupInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ScimError(400, 'The body must be a Group resource.', 'invalidSyntax');
  const resource = body as Record<string, unknown>;
  return {
    displayName: displayNameOf(resource.displayName),
    externalId: externalIdOf(resource.externalId),
    members: bounded(memberIdsOf(resource.members)),
  };
}

/** Okta's `members[value eq "<id>"]`: the id, by the filter parser the Users routes use. */
function memberPathId(path: string): string | undefined {
  const match = /^members\[(.*)\]$/is.exec(path.trim());
  if (!match) return undefined;
  try {
    const filter = parseFilter(match[1] as string);
    if (filter.op === 'eq' && filter.attr.toLowerCase() === 'value' && typeof filter.value === 'string')
      return filter.value;
  } catch (error) {
    if (!(error instanceof UnsupportedFilter)) throw error;
  }
  throw new ScimError(400, `The path "${path}" is not supported.`, 'invalidPath');
}

const withoutSchemaPrefix = (path: string) =>
  path.trim().replace(/^urn:ietf:params:scim:schemas:core:2\.0:group:/i, '');

/**
 * Applies a PatchOp (RFC 7644 §3.5.2) in the shapes Okta and Entra send: op names in any
 * case; `members` added or removed with a value list (Entra) or removed by the value path
 * `members[value eq "<id>"]` (Okta); `displayName`/`externalId` with a path or in a value
 * object without one; `remove` of `members` without a value empties the group.
 */
export function applyGroupPatch(current: ScimGroupInput, body: unknown): ScimGroupInput {
  const patch = objectOf(body);
  const operations = patch.Operations ?? patch.operations;
  if (!Array.isArray(operations) || operations.length === 0)
    throw new ScimError(400, 'A PatchOp with Operations is required.', 'invalidSyntax');
  const next: ScimGroupInput = { ...current, members: [...current.members] };
  const set = (attribute: string, value: unknown, kind: string) => {
    switch (attribute.toLowerCase()) {
      case 'displayname':
        if (kind === 'remove') throw new ScimError(400, 'displayName cannot be removed.', 'mutability');
        next.displayName = displayNameOf(value);
        return;
      case 'externalid':
        next.externalId = kind === 'remove' ? null : externalIdOf(value);
        return;
      case 'members': {
        const ids = memberIdsOf(value);
        if (kind === 'add') next.members = [...new Set([...next.members, ...ids])];
        else if (kind === 'replace') next.members = ids;
        else if (value === undefined) next.members = [];
        else next.members = next.members.filter((id) => !ids.includes(id));
        return;
      }
      case 'id':
      case 'schemas':
      case 'meta':
        // Okta's displayName PATCH repeats the id in the value object
        return;
      default:
        throw new ScimError(400, `The attribute "${attribute}" is not supported.`, 'invalidPath');
    }
  };
  for (const operation of operations) {
    const { op, path, value } = objectOf(operation) as { op?: unknown; path?: unknown; value?: unknown };
    const kind = typeof op === 'string' ? op.toLowerCase() : '';
    if (kind !== 'add' && kind !== 'replace' && kind !== 'remove')
      throw new ScimError(400, 'op must be add, replace or remove.', 'invalidSyntax');
    if (typeof path === 'string' && path.trim() !== '') {
      const attribute = withoutSchemaPrefix(path);
      const id = memberPathId(attribute);
      if (id !== undefined) {
        if (kind !== 'remove')
          throw new ScimError(400, 'A members value path can only be removed.', 'invalidPath');
        next.members = next.members.filter((member) => member !== id);
      } else set(attribute, value, kind);
    } else {
      if (kind === 'remove') throw new ScimError(400, 'remove needs a path.', 'noTarget');
      for (const [key, inner] of Object.entries(objectOf(value))) set(withoutSchemaPrefix(key), inner, kind);
    }
  }
  bounded(next.members);
  return next;
}

export const groupInputOf = (record: ScimGroupRecord): ScimGroupInput => ({
  displayName: record.displayName,
  externalId: record.externalId,
  members: record.members,
});

/** The Group resource (RFC 7643 §4.2) as answered; `members` left out when excluded. */
export function toScimGroup(record: ScimGroupRecord, baseUrl: string, withMembers = true) {
  return {
    schemas: [GROUP_SCHEMA],
    id: record.id,
    ...(record.externalId ? { externalId: record.externalId } : {}),
    displayName: record.displayName,
    ...(withMembers
      ? {
          members: record.members.map((id) => ({ value: id, $ref: `${baseUrl}/Users/${id}` })),
        }
      : {}),
    meta: {
      resourceType: 'Group',
      created: record.created,
      lastModified: record.lastModified,
      location: `${baseUrl}/Groups/${record.id}`,
      version: `W/"${record.version}"`,
    },
  };
}

/** `excludedAttributes=members` (Entra asks for it when it only needs the group). */
export const excludesMembers = (excluded: string | undefined) =>
  (excluded ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .some((name) => name === 'members' || name.endsWith(':group:members'));

/** A filter on groups: `eq` on `displayName` (case-insensitive), `externalId`, `id`; `and`, `or`. */
export function matchesGroup(filter: Filter, record: ScimGroupRecord): boolean {
  if (filter.op !== 'eq') {
    const left = matchesGroup(filter.left, record);
    return filter.op === 'and'
      ? left && matchesGroup(filter.right, record)
      : left || matchesGroup(filter.right, record);
  }
  const value = filter.value;
  switch (withoutSchemaPrefix(filter.attr).toLowerCase()) {
    case 'displayname':
      return typeof value === 'string' && groupNameKey(value) === groupNameKey(record.displayName);
    case 'externalid':
      return value === null ? record.externalId === null : value === record.externalId;
    case 'id':
      return value === record.id;
    default:
      throw new UnsupportedFilter(`Filtering groups on "${filter.attr}" is not supported.`);
  }
}

/** The one displayName a filter is exactly (`displayName eq "…"`): read by its name entry alone. */
export const displayNameLookup = (filter: Filter): string | undefined =>
  filter.op === 'eq' &&
  withoutSchemaPrefix(filter.attr).toLowerCase() === 'displayname' &&
  typeof filter.value === 'string'
    ? filter.value
    : undefined;

/** Refuses a filter naming an attribute groups cannot be filtered on, before reading anything. */
export function assertGroupFilterable(filter: Filter): void {
  if (filter.op !== 'eq') {
    assertGroupFilterable(filter.left);
    assertGroupFilterable(filter.right);
    return;
  }
  if (!['displayname', 'externalid', 'id'].includes(withoutSchemaPrefix(filter.attr).toLowerCase()))
    throw new UnsupportedFilter(`Filtering groups on "${filter.attr}" is not supported.`);
}
