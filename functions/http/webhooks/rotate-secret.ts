import { authorize } from '../../../shared/data/access.ts';
import { rotateSecret } from '../../../shared/data/webhook-endpoints.ts';
import { route } from '../../../shared/http/route.ts';
import { EndpointParams } from '../../../shared/schemas/webhooks.ts';

export const handler = route({ params: EndpointParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'developer:use');
  const { secret, previousExpiresAt } = await rotateSecret(actor, params.endpointId);
  return { body: { secret, previousSecretExpiresAt: previousExpiresAt } };
});
