import { authorize } from '../../../shared/data/access.ts';
import { deleteEndpoint } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { EndpointParams } from '../../../shared/schemas/webhooks.ts';

export const handler = route({ params: EndpointParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'developer:use');
  await deleteEndpoint(actor, params.endpointId);
  return { status: 204 };
});
