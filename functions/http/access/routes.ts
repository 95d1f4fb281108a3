import {
  CreateRoleSchema,
  PutSecurityPolicySchema,
  RoleListSchema,
  RoleParams,
  RoleSchema,
  SecurityPolicySchema,
  UpdateRoleSchema,
} from '../../../shared/access/schemas.ts';
import { OrgIdParams } from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

/** The access area's routes: roles, custom roles, the security policy (see CONTRIBUTING.md). */
export const accessRoutes = defineRoutes('access', {
  listRoles: {
    route: 'GET /orgs/{orgId}/roles',
    summary: 'Roles and the permission catalog',
    description:
      'The built-in roles, the organization’s custom roles, each with its permissions (application permissions included), and the permission catalog, from the same table the API enforces. Never plan-gated.',
    permission: 'org:read',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'Roles', schema: RoleListSchema } },
    tableActions: ['BatchGetItem'],
  },
  createRole: {
    route: 'POST /orgs/{orgId}/roles',
    summary: 'Create a custom role',
    description:
      'A role of permissions from the catalog, each one the caller holds (403 `FORBIDDEN` otherwise: no escalation). A built-in or taken key is 409 `ROLE_EXISTS`; an organization has at most 50 custom roles (409 `ROLE_LIMIT_REACHED`).',
    permission: 'access:manage',
    feature: 'custom_roles',
    idempotent: true,
    request: { params: OrgIdParams, body: CreateRoleSchema },
    responses: { 201: { description: 'The role', schema: RoleSchema, headers: ['Location'] } },
    errors: ['ROLE_EXISTS', 'ROLE_LIMIT_REACHED'],
    tableActions: ['BatchGetItem', 'GetItem', 'UpdateItem', 'ConditionCheckItem', 'PutItem'],
  },
  updateRole: {
    route: 'PATCH /orgs/{orgId}/roles/{key}',
    summary: 'Edit a custom role',
    description:
      'Name, description, permissions (each one the caller holds). Holders act with the new permissions from their next request. Built-in roles are fixed (403).',
    permission: 'access:manage',
    feature: 'custom_roles',
    request: { params: RoleParams, body: UpdateRoleSchema },
    responses: { 200: { description: 'The role', schema: RoleSchema } },
    tableActions: ['BatchGetItem', 'UpdateItem', 'ConditionCheckItem', 'PutItem'],
  },
  deleteRole: {
    route: 'DELETE /orgs/{orgId}/roles/{key}',
    summary: 'Delete a custom role',
    description:
      'Only while no member or pending invitation holds it: else 409 `ROLE_IN_USE`. Allowed on any plan (to clean up after a plan change).',
    permission: 'access:manage',
    request: { params: RoleParams },
    responses: { 204: { description: 'Deleted', schema: null } },
    errors: ['ROLE_IN_USE'],
    tableActions: ['BatchGetItem', 'UpdateItem', 'ConditionCheckItem', 'PutItem'],
  },
  getSecurityPolicy: {
    route: 'GET /orgs/{orgId}/security-policy',
    summary: 'The security policy',
    description: '`requireMfa` and `allowedInviteDomains` (defaults `false`, `[]`). Not plan-gated.',
    permission: 'access:manage',
    request: { params: OrgIdParams },
    responses: { 200: { description: 'The policy', schema: SecurityPolicySchema } },
    errors: ['MFA_REQUIRED'],
    tableActions: ['BatchGetItem'],
  },
  putSecurityPolicy: {
    route: 'PUT /orgs/{orgId}/security-policy',
    summary: 'Set the security policy',
    description:
      '`requireMfa: true` makes every `/orgs/{orgId}` route refuse a token whose `amr` holds none of mfa, otp, hwk, swk, sms, fpt (403 `MFA_REQUIRED`); turning it on needs the caller’s own token to satisfy it. `allowedInviteDomains` not empty: invitations to other email domains are 403 `EMAIL_DOMAIN_NOT_ALLOWED`; existing members stay.',
    permission: 'access:manage',
    request: { params: OrgIdParams, body: PutSecurityPolicySchema },
    responses: { 200: { description: 'The policy', schema: SecurityPolicySchema } },
    errors: ['MFA_REQUIRED'],
    tableActions: ['BatchGetItem', 'UpdateItem', 'ConditionCheckItem', 'PutItem'],
  },
});
