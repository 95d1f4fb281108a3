import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { CheckedTarget } from './target-guard.ts';

export interface SendResult {
  ok: boolean;
  responseStatus?: number;
  durationMs: number;
  /** why the attempt failed, in words safe for the delivery log */
  error?: string;
}

/** At most this much of a response is read (then the connection is dropped). */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** Hands the socket the address `checkTarget` approved, whatever DNS would say now. */
function pinnedLookup(target: CheckedTarget): LookupFunction {
  const [first] = target.addresses;
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, target.addresses);
    else callback(null, first?.address, first?.family);
  }) as unknown as LookupFunction;
}

/**
 * One POST of a signed event: connects only to the checked address, follows no
 * redirect, and gives up after `timeoutMs` (connect, send and response headers together).
 * Success is a 2xx status; anything else is a failure with a reason.
 */
export function postWebhook(
  target: CheckedTarget,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const request = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const req = request(
      target.url,
      {
        method: 'POST',
        agent: false,
        lookup: pinnedLookup(target),
        servername: target.hostname,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'orgs-webhooks/1.0',
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        const done = () => {
          if (status >= 200 && status < 300) finish({ ok: true, responseStatus: status });
          else if (status >= 300 && status < 400)
            finish({ ok: false, responseStatus: status, error: 'Redirects are not followed.' });
          else finish({ ok: false, responseStatus: status, error: `HTTP ${status}` });
          req.destroy();
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, error: `No response within ${timeoutMs} ms.` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, error: `Connection failed${error.code ? ` (${error.code})` : ''}.` }),
    );
    req.end(body);
  });
}
