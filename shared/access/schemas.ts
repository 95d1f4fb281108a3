import * as z from 'zod';
import { CUSTOM_ROLE_KEY } from '../members/domain/custom-roles.ts';
import { roles } from '../members/domain/permissions.ts';
import { OrgIdParams } from '../orgs/schemas.ts';
import { displayName } from '../platform/schemas.ts';

const roleKey = z
  .string()
  .regex(CUSTOM_ROLE_KEY, 'A key: a lower-case letter, then 1 to 31 of a-z, 0-9, _ and -.')
  .meta({ example: 'support' });

const permissionList = z
  .array(z.string().min(1).max(100))
  .max(200)
  .refine((list) => new Set(list).size === list.length, { message: 'Each permission once.' })
  .meta({
    description:
      'Permissions of the catalog (`permissions` of GET /orgs/{orgId}/roles), service or application ones; never more than the caller holds (else 403).',
    example: ['org:read', 'members:invite', 'workflows:read'],
  });

const description = z.string().trim().max(500, 'At most 500 characters.').nullable();

export const RoleParams = OrgIdParams.extend({ key: roleKey });

export const CreateRoleSchema = z
  .strictObject({
    key: roleKey,
    name: displayName(100),
    description: description.optional(),
    permissions: permissionList,
  })
  .meta({
    id: 'CreateRoleRequest',
    example: { key: 'support', name: 'Support', description: 'Answers customers', permissions: ['org:read'] },
  });

export const UpdateRoleSchema = z
  .strictObject({
    name: displayName(100).optional(),
    description: description.optional(),
    permissions: permissionList.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change.' })
  .meta({ id: 'UpdateRoleRequest', example: { permissions: ['org:read', 'members:invite'] } });

export const RoleSchema = z
  .object({
    key: z.string().meta({ description: `A built-in role (${roles.join(', ')}) or a custom role's key` }),
    name: z.string(),
    description: z.string().nullable(),
    builtIn: z
      .boolean()
      .meta({ description: 'Built-in roles are fixed; custom roles are the organization’s' }),
    permissions: z.array(z.string()),
    holders: z.number().int().nullable().meta({
      description: 'Members and pending invitations holding a custom role (null for built-in roles)',
    }),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({
    id: 'Role',
    example: {
      key: 'support',
      name: 'Support',
      description: 'Answers customers',
      builtIn: false,
      permissions: ['org:read', 'workflows:read'],
      holders: 2,
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
    },
  });

export const CatalogEntrySchema = z
  .object({
    permission: z.string(),
    area: z.enum(['organization', 'members', 'billing', 'developer', 'audit', 'access', 'application']),
    allows: z.string(),
    application: z
      .boolean()
      .meta({ description: 'An application permission: carried, not enforced, by this service' }),
    roles: z.array(z.enum(roles)).meta({ description: 'The built-in roles holding it' }),
  })
  .meta({
    id: 'PermissionCatalogEntry',
    example: {
      permission: 'members:invite',
      area: 'members',
      allows: 'invite, revoke, resend; approve join requests',
      application: false,
      roles: ['owner', 'admin'],
    },
  });

export const RoleListSchema = z
  .object({
    items: z.array(RoleSchema),
    nextCursor: z.null(),
    permissions: z.array(CatalogEntrySchema).meta({
      description:
        'The catalog the API enforces: what a custom role or a key scope may hold. Transfer, deletion, restore and export stay the owner’s and are not in it.',
    }),
  })
  .meta({
    id: 'RoleList',
    example: {
      items: [
        {
          key: 'member',
          name: 'Member',
          description: 'Reads the organization.',
          builtIn: true,
          permissions: ['org:read', 'workflows:read'],
          holders: null,
          createdAt: null,
          updatedAt: null,
        },
      ],
      nextCursor: null,
      permissions: [
        {
          permission: 'org:read',
          area: 'organization',
          allows: 'read the organization, members, workspaces',
          application: false,
          roles: ['owner', 'admin', 'developer', 'finance', 'member'],
        },
      ],
    },
  });

export const SecurityPolicySchema = z
  .object({
    requireMfa: z.boolean(),
    allowedInviteDomains: z.array(z.string()),
    updatedAt: z.string().nullable(),
  })
  .meta({
    id: 'SecurityPolicy',
    example: {
      requireMfa: true,
      allowedInviteDomains: ['example.com'],
      updatedAt: '2026-11-22T10:00:00.000Z',
    },
  });

const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'A domain name such as example.com.',
  );

export const PutSecurityPolicySchema = z
  .strictObject({
    requireMfa: z.boolean(),
    allowedInviteDomains: z
      .array(domainName)
      .max(100)
      .transform((list) => [...new Set(list)]),
  })
  .meta({
    id: 'PutSecurityPolicyRequest',
    example: { requireMfa: true, allowedInviteDomains: ['example.com'] },
  });
