import {
  OrgIdParams,
  WorkspaceBodySchema,
  WorkspacePageSchema,
  WorkspaceParams,
  WorkspaceSchema,
} from '../../../shared/orgs/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';
import { PageQuerySchema } from '../../../shared/platform/schemas.ts';

/** The workspaces area's routes: one definition each (see CONTRIBUTING.md). */
export const workspacesRoutes = defineRoutes('workspaces', {
  listWorkspaces: {
    route: 'GET /orgs/{orgId}/workspaces',
    summary: 'List workspaces',
    description: 'The organization’s workspaces, the default one included.',
    permission: 'org:read',
    request: { params: OrgIdParams, query: PageQuerySchema },
    responses: { 200: { description: 'Workspaces', schema: WorkspacePageSchema } },
    tableActions: ['GetItem', 'BatchGetItem', 'Query'],
    secrets: ['cursor'],
  },
  createWorkspace: {
    route: 'POST /orgs/{orgId}/workspaces',
    idempotent: true,
    summary: 'Create a workspace (names unique per organization)',
    description:
      'Names follow the display-name rule and are unique per organization after NFKC case folding with invisible characters removed (`Ｓtaging` = `Staging`, 409 `CONFLICT`). An organization has at most 100 workspaces, the default one included (409 `WORKSPACE_LIMIT_REACHED`; deleting one makes room).',
    permission: 'org:settings',
    request: { params: OrgIdParams, body: WorkspaceBodySchema },
    responses: { 201: { description: 'Created', schema: WorkspaceSchema, headers: ['Location'] } },
    errors: ['CONFLICT', 'WORKSPACE_LIMIT_REACHED'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'PutItem', 'UpdateItem'],
  },
  getWorkspace: {
    route: 'GET /orgs/{orgId}/workspaces/{workspaceId}',
    summary: 'Read a workspace',
    description: 'One workspace of the organization.',
    permission: 'org:read',
    request: { params: WorkspaceParams },
    responses: { 200: { description: 'Workspace', schema: WorkspaceSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  renameWorkspace: {
    route: 'PATCH /orgs/{orgId}/workspaces/{workspaceId}',
    summary: 'Rename a workspace',
    description:
      'Names follow the display-name rule and are unique per organization after NFKC case folding with invisible characters removed (409 `CONFLICT`).',
    permission: 'org:settings',
    request: { params: WorkspaceParams, body: WorkspaceBodySchema },
    responses: { 200: { description: 'Renamed', schema: WorkspaceSchema } },
    errors: ['CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'UpdateItem', 'PutItem', 'DeleteItem'],
  },
  deleteWorkspace: {
    route: 'DELETE /orgs/{orgId}/workspaces/{workspaceId}',
    summary: 'Delete a workspace (never the default one)',
    description: 'The default workspace cannot be deleted (409 `CONFLICT`).',
    permission: 'org:settings',
    request: { params: WorkspaceParams },
    responses: { 204: { description: 'Deleted', schema: null } },
    errors: ['CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'ConditionCheckItem', 'DeleteItem', 'PutItem', 'UpdateItem'],
  },
});
