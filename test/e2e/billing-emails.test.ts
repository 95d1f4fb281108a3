import { describe, expect, inject, it } from 'vitest';
import { api } from '../support/http.ts';
import { emailsTo, waitForEmails } from '../support/mailbox.ts';
import { inviteAndAccept, newOrg } from '../support/members.ts';
import { deliverSignedEvent } from '../support/stripe.ts';

const stack = inject('stack');

describe('billing emails: the owner and finance members, once each', () => {
  it('activation after the card is confirmed, and a payment failure delivered twice', async () => {
    const { owner, orgId } = await newOrg();
    const finance = await inviteAndAccept(owner, orgId, 'finance');
    const admin = await inviteAndAccept(owner, orgId, 'admin');
    const as = { token: owner.token };

    expect((await api('PUT', `/orgs/${orgId}/plan`, { ...as, body: { planId: 'pro' } })).status).toBe(200);
    expect((await api('PATCH', `/orgs/${orgId}`, { ...as, body: { name: 'Billing Mail Inc' } })).status).toBe(
      200,
    );
    const billing = await api('PUT', `/orgs/${orgId}/billing`, {
      ...as,
      body: {
        customerName: 'Billing Mail Inc',
        billingEmail: 'billing@example.com',
        address: { line1: '1 Main St', city: 'Paris', postalCode: '75001', country: 'FR' },
      },
    });
    expect(billing.status).toBe(200);
    const intent = await api('POST', `/orgs/${orgId}/billing/setup-intent`, as);
    expect(intent.status).toBe(201);
    const confirmed = await fetch(
      `${stack.stripeUrl}/__emulator/setup_intents/${intent.body.setupIntentId}/confirm`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ card: '4242424242424242' }),
      },
    );
    expect(confirmed.status).toBe(200);

    for (const user of [owner, finance]) {
      const activated = await waitForEmails(user.email, 1, { subject: /is now active$/ });
      expect(activated.map((email) => email.subject)).toEqual(['Billing Mail Inc is now active']);
    }

    const invoice = {
      id: 'in_mail',
      object: 'invoice',
      customer: billing.body.customerId,
      amount_due: 4900,
      currency: 'eur',
    };
    const eventId = `evt_${crypto.randomUUID().replaceAll('-', '')}`;
    await deliverSignedEvent('invoice.payment_failed', invoice, { id: eventId });
    await deliverSignedEvent('invoice.payment_failed', invoice, { id: eventId });
    for (const user of [owner, finance]) {
      const failed = await waitForEmails(user.email, 1, {
        subject: /payment for Billing Mail Inc failed/,
        settleMs: 1_500,
      });
      expect(failed).toHaveLength(1);
    }
    // admins manage members, not billing: neither email is theirs
    const adminSubjects = (await emailsTo(stack.sesUrl, admin.email)).map((email) => email.subject);
    expect(adminSubjects.filter((subject) => /active$|payment/.test(subject))).toEqual([]);
  });
});
