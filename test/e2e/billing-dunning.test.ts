// Each dunning step reaches the owner and finance by email (past due, restricted, restored), and
// the charged plan's outgoing events (billing.subscription_updated, billing.invoice_paid) reach an
// endpoint subscribed to them. Stripe's time passes through the emulator's clock.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { activateOrg } from '../support/api-keys.ts';
import { api, type TestUser } from '../support/http.ts';
import { emailsTo, STREAM_DEADLINE_MS, waitForEmails } from '../support/mailbox.ts';
import { inviteAndAccept, newOrg } from '../support/members.ts';
import { holdStripeClock } from '../support/stripe-clock.ts';
import { until } from '../support/wait.ts';
import { receiverForTests, registerEndpoint, verifiedEvents } from '../support/webhooks.ts';

const DAY = 86_400;
holdStripeClock();
const receiver = receiverForTests();
const stack = inject('stack');

async function emulator(path: string, body: unknown) {
  const response = await fetch(`${stack.stripeUrl}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function confirmCard(owner: TestUser, orgId: string, card: string) {
  const intent = await api('POST', `/orgs/${orgId}/billing/setup-intent`, { token: owner.token });
  expect(intent.status).toBe(201);
  await emulator(`setup_intents/${intent.body.setupIntentId}/confirm`, {
    card,
    client_secret: intent.body.clientSecret,
  });
}

const getOk = async (owner: TestUser, path: string) => {
  const response = await api('GET', path, { token: owner.token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
};

describe('dunning emails and billing events', () => {
  it('past due, restricted and restored each email the owner and finance once; subscription and invoice events are sent', async () => {
    const { owner, orgId } = await newOrg();
    const finance = await inviteAndAccept(owner, orgId, 'finance');
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const path = `/billing-events-${orgId}`;
    const endpoint = await registerEndpoint(owner, orgId, receiver.url(path), [
      'billing.subscription_updated',
      'billing.invoice_paid',
    ]);
    const events = () => verifiedEvents(receiver, receiver.at(path), endpoint.secret);
    const eventsOf = (type: string) => events().filter((event) => event.type === type);
    const waitForEvent = (what: string, found: (event: ReturnType<typeof events>[number]) => boolean) =>
      until(
        async () => events(),
        (list) => list.some(found),
        what,
        STREAM_DEADLINE_MS,
      );
    const orgName = (await getOk(owner, `/orgs/${orgId}`)).name as string;

    await activateOrg(owner, orgId);
    const subscription = await getOk(owner, `/orgs/${orgId}/subscription`);
    const [firstInvoice] = (await getOk(owner, `/orgs/${orgId}/invoices`)).items;
    // data is the resource as the API shows it
    await waitForEvent(
      'the first invoice paid',
      (event) => event.type === 'billing.invoice_paid' && isDeepStrictEqual(event.data, firstInvoice),
    );
    await waitForEvent(
      'the subscription as read',
      (event) => event.type === 'billing.subscription_updated' && isDeepStrictEqual(event.data, subscription),
    );
    expect(events().every((event) => event.orgId === orgId)).toBe(true);

    // a card that fails every charge, then the renewal: past due
    await confirmCard(owner, orgId, '4000000000000341');
    await emulator('clock/advance', { seconds: 30 * DAY + 60 });
    expect((await getOk(owner, `/orgs/${orgId}`)).billingStatus).toBe('past_due');
    for (const user of [owner, finance])
      await waitForEmails(user.email, 1, { subject: new RegExp(`a payment for ${orgName} failed`) });

    // Stripe's retries fail: the subscription is unpaid, the org restricted
    await emulator('clock/advance', { seconds: 3 * DAY + 60 });
    expect((await getOk(owner, `/orgs/${orgId}`)).billingStatus).toBe('restricted');
    for (const user of [owner, finance]) {
      const restricted = await waitForEmails(user.email, 1, { subject: /is restricted until it is paid$/ });
      expect(restricted.map((email) => email.subject)).toEqual([
        `Action needed: ${orgName} is restricted until it is paid`,
      ]);
    }

    // a good card pays the open invoice: restored
    await confirmCard(owner, orgId, '4242424242424242');
    expect((await getOk(owner, `/orgs/${orgId}`)).billingStatus).toBe('ok');
    for (const user of [owner, finance]) {
      const restored = await waitForEmails(user.email, 1, { subject: /is in good standing again$/ });
      expect(restored).toHaveLength(1);
    }
    // the first invoice and the renewal that failed (paid by the good card), at least
    const paidInvoices = (await getOk(owner, `/orgs/${orgId}/invoices`)).items;
    expect(paidInvoices.length).toBeGreaterThanOrEqual(2);
    expect(paidInvoices.every((invoice: { status: string }) => invoice.status === 'paid')).toBe(true);
    await until(
      async () => eventsOf('billing.invoice_paid').map((event) => event.data.id),
      (ids) => ids.length >= paidInvoices.length,
      'every invoice paid',
      STREAM_DEADLINE_MS,
    );
    // each invoice is paid once, whatever number of events Stripe sent about it
    expect(
      eventsOf('billing.invoice_paid')
        .map((event) => event.data.id)
        .sort(),
    ).toEqual(paidInvoices.map((invoice: { id: string }) => invoice.id).sort());
    // an event's time is when the API recorded the payment, not when Stripe created the invoice
    // (here a month ahead on the emulator's clock)
    const renewalPaid = eventsOf('billing.invoice_paid').find(
      (event) => event.data.id === paidInvoices[0].id,
    );
    expect(Math.abs(Date.parse(renewalPaid?.createdAt) - Date.now())).toBeLessThan(5 * 60_000);
    const statuses = eventsOf('billing.subscription_updated').map((event) => event.data.status);
    expect(statuses).toEqual(expect.arrayContaining(['active', 'past_due', 'unpaid']));
    expect(statuses.at(-1)).toBe('active');

    // admins do not manage billing: no dunning email is theirs
    const adminSubjects = (await emailsTo(stack.sesUrl, admin.email)).map((email) => email.subject);
    expect(adminSubjects.filter((subject) => /payment|restricted|good standing/.test(subject))).toEqual([]);
  }, 240_000);
});
