import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: the event body as sent
  event: any;
  at: number;
}

/** What a path answers: a status code, or `hang` (never answers). */
export type Reply = number | 'hang';

/**
 * A real HTTP receiver on a free port. Each path has a script of replies (the last
 * one repeats); every request is recorded. `verify` checks a request with the
 * `standardwebhooks` package, exactly as a customer would.
 */
export async function startReceiver() {
  const receiver = newReceiver();
  await receiver.listen();
  return receiver;
}

/** A receiver that listens once `listen()` settles. */
export function newReceiver() {
  const received: Received[] = [];
  const scripts = new Map<string, Reply[]>();
  const counts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
      );
      let event: unknown;
      try {
        event = JSON.parse(body);
      } catch {
        event = undefined;
      }
      received.push({ path, headers, body, event, at: Date.now() });
      const n = counts.get(path) ?? 0;
      counts.set(path, n + 1);
      const script = scripts.get(path) ?? [200];
      const reply = script[Math.min(n, script.length - 1)] ?? 200;
      if (reply === 'hang') {
        hanging.add(response);
        return;
      }
      response.writeHead(reply, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  let port = 0;
  return {
    /** the port it listens on (0 until it listens) */
    get port() {
      return port;
    },
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
    },
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    script: (path: string, replies: Reply[]) => scripts.set(path, replies),
    at: (path: string) => received.filter((request) => request.path === path),
    all: received,
    verify(request: Received, secret: string) {
      return new Webhook(secret).verify(request.body, request.headers);
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
