/**
 * Roles of an organization: the five built-in ones (fixed, from the catalog) and its custom
 * roles (attributes of the org item, see members/domain/custom-roles.ts). Creating,
 * editing and deleting a custom role is one conditional write of the org item, checked
 * against the caller's own role as read (no escalation) in the same transaction.
 */
import { actorStillAllowed } from '../members/access.ts';
import {
  appPermissions,
  CUSTOM_ROLE_LIMIT,
  type CustomRole,
  customRoleOf,
  customRolesOf,
  holdersAttribute,
  holdersOf,
  permissionSetOf,
  permissionsOf,
  ROLE_COUNT_ATTRIBUTE,
  roleAttribute,
} from '../members/domain/custom-roles.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import {
  builtInPermissions,
  catalog,
  grantablePermissions,
  isBuiltInRole,
  isOwnerAction,
  roles,
} from '../members/domain/permissions.ts';
import { actorRoleUnchanged, withOrgPart } from '../members/role-holders.ts';
import { auditBy } from '../orgs/audit.ts';
import { tableName } from '../platform/dynamo/client.ts';
import { nowIso } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { type Conditioned, transactWrite } from '../platform/dynamo/transact.ts';
import { ApiError, forbidden, notFound, validationFailed } from '../platform/errors.ts';

const builtInNames: Record<(typeof roles)[number], [string, string]> = {
  owner: ['Owner', 'Everything, and alone: transfer, deletion, restore and export.'],
  admin: ['Admin', 'Runs the organization: settings, members, developer features, access.'],
  developer: ['Developer', 'Developer features: API keys and webhook endpoints.'],
  finance: ['Finance', 'Billing, plan and payment method.'],
  member: ['Member', 'Reads the organization.'],
};

export function roleResponse(role: CustomRole, org: object) {
  return {
    key: role.key,
    name: role.name,
    description: role.description,
    builtIn: false,
    permissions: permissionsOf(role.key, org),
    holders: holdersOf(org, role.key),
    createdAt: role.createdAt,
    updatedAt: role.updatedAt,
  };
}

/** Every role of the org with its permissions, and the catalog (GET /orgs/{orgId}/roles). */
export function listRoles(org: object) {
  const apps = appPermissions();
  const builtIn = roles.map((key) => ({
    key,
    name: builtInNames[key][0],
    description: builtInNames[key][1],
    builtIn: true,
    permissions: builtInPermissions(key, apps),
    holders: null,
    createdAt: null,
    updatedAt: null,
  }));
  return {
    items: [...builtIn, ...customRolesOf(org).map((role) => roleResponse(role, org))],
    nextCursor: null,
    permissions: catalog(apps).map((entry) => ({
      permission: entry.permission,
      area: entry.area,
      allows: entry.allows,
      application: entry.area === 'application',
      roles: [...entry.roles],
    })),
  };
}

/** Known permissions, each held by the actor: else 400 (unknown) or 403 (escalation). */
function checkGrant(actor: MemberRecord, org: object, permissions: readonly string[]) {
  const grantable = new Set(grantablePermissions(appPermissions()));
  const unknown = permissions
    .map((permission, index) => ({ permission, index }))
    .filter(({ permission }) => !grantable.has(permission) || isOwnerAction(permission));
  if (unknown.length > 0) {
    throw validationFailed(
      unknown.map(({ permission, index }) => ({
        path: `permissions.${index}`,
        message: `Unknown permission "${permission}" (GET /orgs/{orgId}/roles lists them).`,
      })),
    );
  }
  const held = permissionSetOf(actor.role, org);
  const missing = permissions.filter((permission) => !held.has(permission));
  if (missing.length > 0) {
    throw forbidden(
      `A role you define holds only permissions you hold; you do not hold ${missing.join(', ')}.`,
    );
  }
}

const roleNotFound = () => notFound('Role');

export interface NewRole {
  key: string;
  name: string;
  description?: string | null;
  permissions: string[];
}

export async function createRole(
  actor: MemberRecord,
  org: object,
  input: NewRole,
  append: (role: CustomRole) => Conditioned[] = () => [],
): Promise<CustomRole> {
  if (isBuiltInRole(input.key)) throw new ApiError('ROLE_EXISTS', `"${input.key}" is a built-in role.`);
  checkGrant(actor, org, input.permissions);
  const now = nowIso();
  const role: CustomRole = {
    key: input.key,
    name: input.name,
    description: input.description ?? null,
    permissions: input.permissions,
    createdAt: now,
    updatedAt: now,
  };
  const { key: _key, ...stored } = role;
  const put: Conditioned = {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.org(actor.orgId),
        UpdateExpression: 'SET #role = :role, #holders = :zero, #count = if_not_exists(#count, :zero) + :one',
        ConditionExpression:
          'attribute_exists(PK) AND attribute_not_exists(deleteAt) AND attribute_not_exists(#role) AND (attribute_not_exists(#count) OR #count < :limit)',
        ExpressionAttributeNames: {
          '#role': roleAttribute(role.key),
          '#holders': holdersAttribute(role.key),
          '#count': ROLE_COUNT_ATTRIBUTE,
        },
        ExpressionAttributeValues: { ':role': stored, ':zero': 0, ':one': 1, ':limit': CUSTOM_ROLE_LIMIT },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (found) =>
      !found || found.deleteAt
        ? notFound('Organization')
        : found[roleAttribute(role.key)]
          ? new ApiError('ROLE_EXISTS', `A role with the key "${role.key}" already exists.`)
          : new ApiError(
              'ROLE_LIMIT_REACHED',
              `An organization has at most ${CUSTOM_ROLE_LIMIT} custom roles; delete one it no longer needs first.`,
            ),
  };
  await transactWrite(
    withOrgPart(
      [
        ...append(role),
        actorStillAllowed(actor),
        put,
        auditBy(actor, {
          action: 'role.created',
          target: { type: 'role', id: role.key },
          details: { name: role.name, permissions: role.permissions },
          at: now,
        }),
      ],
      actor.orgId,
      actorRoleUnchanged(actor, org),
    ),
  );
  return role;
}

export interface RolePatch {
  name?: string;
  description?: string | null;
  permissions?: string[];
}

function existingCustomRole(org: object, key: string): CustomRole {
  if (isBuiltInRole(key)) throw forbidden('Built-in roles are fixed; define a custom role instead.');
  const role = customRoleOf(org, key);
  if (!role) throw roleNotFound();
  return role;
}

/** Holders act with the new permissions on their next request (the role is read with the membership). */
export async function updateRole(actor: MemberRecord, org: object, key: string, patch: RolePatch) {
  const current = existingCustomRole(org, key);
  if (patch.permissions) checkGrant(actor, org, patch.permissions);
  const now = nowIso();
  const fields: Record<string, unknown> = { updatedAt: now };
  if (patch.name !== undefined) fields.name = patch.name;
  if (patch.description !== undefined) fields.description = patch.description;
  if (patch.permissions !== undefined) fields.permissions = patch.permissions;
  const names: Record<string, string> = { '#role': roleAttribute(key) };
  const values: Record<string, unknown> = {};
  const set = Object.entries(fields).map(([field, value], index) => {
    names[`#f${index}`] = field;
    values[`:f${index}`] = value;
    return `#role.#f${index} = :f${index}`;
  });
  const update: Conditioned = {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.org(actor.orgId),
        UpdateExpression: `SET ${set.join(', ')}`,
        ConditionExpression: 'attribute_exists(#role) AND attribute_not_exists(deleteAt)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (found) => (!found || found.deleteAt ? notFound('Organization') : roleNotFound()),
  };
  await transactWrite(
    withOrgPart(
      [
        actorStillAllowed(actor),
        update,
        auditBy(actor, {
          action: 'role.updated',
          target: { type: 'role', id: key },
          details: {
            ...(patch.permissions ? { from: current.permissions, to: patch.permissions } : {}),
            ...(patch.name ? { name: patch.name } : {}),
          },
          at: now,
        }),
      ],
      actor.orgId,
      actorRoleUnchanged(actor, org),
    ),
  );
  const updated: CustomRole = { ...current, ...(fields as Partial<CustomRole>), key };
  return roleResponse(updated, { ...org, [roleAttribute(key)]: updated });
}

/** Only a role nobody holds (members and pending invitations): else 409 ROLE_IN_USE. */
export async function deleteRole(actor: MemberRecord, key: string): Promise<void> {
  if (isBuiltInRole(key)) throw forbidden('Built-in roles cannot be deleted.');
  const now = nowIso();
  const remove: Conditioned = {
    item: {
      Update: {
        TableName: tableName(),
        Key: keys.org(actor.orgId),
        // a role created before the count existed counts as one (pre-release data: the count may undercount)
        UpdateExpression: 'REMOVE #role, #holders SET #count = if_not_exists(#count, :one) - :one',
        ConditionExpression:
          'attribute_exists(#role) AND (attribute_not_exists(#holders) OR #holders <= :zero)',
        ExpressionAttributeNames: {
          '#role': roleAttribute(key),
          '#holders': holdersAttribute(key),
          '#count': ROLE_COUNT_ATTRIBUTE,
        },
        ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (found) =>
      !found?.[roleAttribute(key)]
        ? roleNotFound()
        : new ApiError(
            'ROLE_IN_USE',
            `The role "${key}" is held by ${holdersOf(found, key)} member(s) or pending invitation(s); give them another role first.`,
          ),
  };
  await transactWrite([
    actorStillAllowed(actor),
    remove,
    auditBy(actor, { action: 'role.deleted', target: { type: 'role', id: key }, at: now }),
  ]);
}
