/**
 * Every HTTP route, by id: the union of the areas' definitions. The CDK stack, the local
 * gateway, the OpenAPI document and the permission-matrix test read this; a route id
 * that does not exist is a compile error (`RouteId`).
 */
import type { RouteDefinition } from '../../shared/platform/http/route-definition.ts';
import { accessRoutes } from './access/routes.ts';
import { apiKeysRoutes } from './api-keys/routes.ts';
import { billingRoutes } from './billing/routes.ts';
import { brandingRoutes } from './branding/routes.ts';
import { domainsRoutes } from './domains/routes.ts';
import { invitationsRoutes } from './invitations/routes.ts';
import { lifecycleRoutes } from './lifecycle/routes.ts';
import { meRoutes } from './me/routes.ts';
import { membersRoutes } from './members/routes.ts';
import { orgsRoutes } from './orgs/routes.ts';
import { ownershipRoutes } from './ownership/routes.ts';
import { scimRoutes } from './scim/routes.ts';
import { sessionsRoutes } from './sessions/routes.ts';
import { systemRoutes } from './system/routes.ts';
import { webhooksRoutes } from './webhooks/routes.ts';
import { workspacesRoutes } from './workspaces/routes.ts';

export const routeTable = {
  ...systemRoutes,
  ...meRoutes,
  ...orgsRoutes,
  ...workspacesRoutes,
  ...invitationsRoutes,
  ...membersRoutes,
  ...ownershipRoutes,
  ...billingRoutes,
  ...lifecycleRoutes,
  ...apiKeysRoutes,
  ...webhooksRoutes,
  ...brandingRoutes,
  ...sessionsRoutes,
  ...accessRoutes,
  ...domainsRoutes,
  ...scimRoutes,
};

export type RouteId = keyof typeof routeTable;

export const routes: readonly RouteDefinition[] = Object.values(routeTable);

export const routeById = (id: RouteId): RouteDefinition => routeTable[id];
