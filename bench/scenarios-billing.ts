import { measureHttp } from './http-scenario.ts';
import { type BenchContext, request, type ScenarioResult } from './scenario.ts';
import type { OwnedOrg } from './scenarios-orgs.ts';
import { sizes } from './sizes.ts';
import { setupFailedEvents } from './stripe-webhooks.ts';

const details = (i: number) => ({
  customerName: `Bench Customer ${i}`,
  billingEmail: `billing-${i}@example.com`,
  address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
});

/** PUT billing (through the Stripe emulator), then signed Stripe webhooks for those customers. */
export async function billingScenarios(context: BenchContext, orgs: OwnedOrg[]): Promise<ScenarioResult[]> {
  const billing = await measureHttp(context, {
    name: 'PUT /orgs/{id}/billing',
    method: 'PUT',
    route: '/orgs/{orgId}/billing',
    requests: orgs.map(({ owner, orgId }, i) =>
      request('PUT', `/orgs/${orgId}/billing`, owner.token, details(i)),
    ),
    duration: sizes.durationSeconds,
    note: `Stripe emulator; rotates through ${orgs.length} orgs (first PUT of each creates the customer)`,
  });
  const customerIds: string[] = [];
  for (const { owner, orgId } of orgs) {
    const saved = await context.api.expect(200, 'GET', `/orgs/${orgId}/billing`, { token: owner.token });
    if (saved.customerId) customerIds.push(saved.customerId);
  }
  if (customerIds.length === 0) throw new Error('no org has a Stripe customer after PUT billing');
  const webhook = await measureHttp(context, {
    name: 'POST /webhooks/stripe (setup_failed)',
    method: 'POST',
    route: '/webhooks/stripe',
    requests: setupFailedEvents(customerIds, sizes.webhookEvents, context.webhookSecret),
    amount: sizes.webhookEvents,
    maxSeconds: sizes.capSeconds,
    note: `unique event ids, signed with the stack's webhook secret, ${customerIds.length} customers in rotation`,
  });
  return [billing, webhook];
}
