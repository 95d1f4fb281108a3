import { authorize } from '../../../shared/members/access.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { deleteEndpoint } from '../../../shared/webhooks/endpoints.ts';
import { EndpointParams } from '../../../shared/webhooks/schemas.ts';

export const handler = route({ params: EndpointParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'developer:use');
  await deleteEndpoint(actor, params.endpointId);
  return { status: 204 };
});
