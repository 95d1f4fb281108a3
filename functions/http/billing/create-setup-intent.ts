import { getBilling } from '../../../shared/billing/billing.ts';
import { callStripe } from '../../../shared/billing/stripe-client.ts';
import { ApiError } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { billingRoutes } from './routes.ts';

/**
 * No table write here: a retry with the same Idempotency-Key reaches Stripe with the same
 * idempotency key (Stripe answers with the same SetupIntent), and route() stores the response.
 */
export const handler = route(
  billingRoutes.createSetupIntent,
  async ({ caller, params, requestId, idempotency }) => {
    const billing = await getBilling(params.orgId);
    if (!billing) {
      throw new ApiError(
        'BILLING_DETAILS_REQUIRED',
        'Save billing details (PUT /orgs/{orgId}/billing) first.',
      );
    }
    const intent = await callStripe((client) =>
      client.setupIntents.create(
        {
          customer: billing.customerId,
          usage: 'off_session',
          allowed_payment_method_types: ['card'],
          metadata: { orgId: params.orgId },
        },
        {
          idempotencyKey: idempotency
            ? `orgs-setup-intent-${params.orgId}-${caller.userId}-${idempotency.keyHash}`
            : `orgs-setup-intent-${requestId}`,
        },
      ),
    );
    if (!intent.client_secret) throw new Error('Stripe returned a setup intent without client_secret');
    return { status: 201, body: { setupIntentId: intent.id, clientSecret: intent.client_secret } };
  },
);
