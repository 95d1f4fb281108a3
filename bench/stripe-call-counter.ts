import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';

const REQUEST_START = 'http.server.request.start';

/**
 * Counts the Stripe API calls (`/v1/…`) the in-process Stripe emulator receives while `run` runs:
 * the API's own calls to Stripe, as a route or an event handler makes them.
 */
export async function countStripeCalls<T>(
  stripeUrl: string,
  run: () => Promise<T>,
): Promise<{ value: T; calls: number }> {
  const port = Number(new URL(stripeUrl).port);
  let calls = 0;
  const onRequestStart = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    if (request.socket.localPort === port && (request.url ?? '').startsWith('/v1/')) calls++;
  };
  diagnosticsChannel.subscribe(REQUEST_START, onRequestStart);
  try {
    return { value: await run(), calls };
  } finally {
    diagnosticsChannel.unsubscribe(REQUEST_START, onRequestStart);
  }
}
