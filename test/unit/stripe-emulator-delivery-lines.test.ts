import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, WebhookDispatcher } from '../../infra/local/stripe-emulator/webhooks.ts';

/** A receiver that answers at once, except the events `holdBack` names: those wait for `answer(id)`. */
async function receiver(holdBack: Set<string>) {
  const received: string[] = [];
  const waiting = new Map<string, ServerResponse>();
  const arrivals: (() => void)[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const { id } = JSON.parse(body) as { id: string };
      received.push(id);
      for (const notify of arrivals.splice(0)) notify();
      if (holdBack.has(id)) waiting.set(id, response);
      else response.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`,
    received,
    /** resolves once `id` has arrived */
    arrived: async (id: string) => {
      while (!received.includes(id)) await new Promise<void>((resolve) => arrivals.push(resolve));
    },
    answer: (id: string) => waiting.get(id)?.writeHead(200).end('{}'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const invoiceEvent = (id: string, customer: string) =>
  buildEvent('invoice.paid', { object: 'invoice', id: `in_${id}`, customer }, { id });

describe("the Stripe emulator's webhook delivery lines", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
  });

  it('keep each customer’s events in order, and a customer waiting on an answer never holds back another', async () => {
    const hook = await receiver(new Set(['evt_a1']));
    const dispatcher = new WebhookDispatcher({ url: hook.url, secret: 'whsec_test' });
    close = async () => {
      await dispatcher.close();
      await hook.close();
    };
    dispatcher.enqueue(invoiceEvent('evt_a1', 'cus_A'));
    dispatcher.enqueue(invoiceEvent('evt_a2', 'cus_A'));
    dispatcher.enqueue(invoiceEvent('evt_b1', 'cus_B'));

    // B's line is done while A's first event still waits for its answer
    await dispatcher.idle('cus_B');
    await hook.arrived('evt_a1');
    expect(hook.received).toContain('evt_b1');
    expect(hook.received).not.toContain('evt_a2');

    let allSent = false;
    const everything = dispatcher.idle().then(() => {
      allSent = true;
    });
    expect(allSent).toBe(false);
    hook.answer('evt_a1');
    await everything;
    expect(hook.received.filter((id) => id.startsWith('evt_a'))).toEqual(['evt_a1', 'evt_a2']);
    expect(dispatcher.deliveries().map((row) => [row.eventId, row.status])).toEqual(
      expect.arrayContaining([
        ['evt_a1', 200],
        ['evt_a2', 200],
        ['evt_b1', 200],
      ]),
    );
  });
});
