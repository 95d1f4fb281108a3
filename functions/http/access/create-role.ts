import { createRole, roleResponse } from '../../../shared/access/roles.ts';
import { type CustomRole, roleAttribute } from '../../../shared/members/domain/custom-roles.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { accessRoutes } from './routes.ts';

export const handler = route(accessRoutes.createRole, async ({ actor, org, params, body, idempotency }) => {
  const created = (role: CustomRole) => ({
    status: 201,
    body: roleResponse(role, { ...org, [roleAttribute(role.key)]: role }),
    headers: { location: `/orgs/${params.orgId}/roles/${role.key}` },
  });
  return idempotently(idempotency, created, (append) => createRole(actor, org, body, append));
});
