import { createServer } from 'node:net';

// Below Linux's default ephemeral range (32768-60999): a port picked there can be taken by any
// outgoing connection's source port between the pick and the child's bind (EADDRINUSE seen in CI).
const LOW = 20_000;
const HIGH = 32_000;
const ATTEMPTS = 50;

function tryListen(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/** A port that is free right now (for children that cannot bind port 0 themselves). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = await tryListen(LOW + Math.floor(Math.random() * (HIGH - LOW)), host);
    if (port) return port;
  }
  const port = await tryListen(0, host);
  if (!port) throw new Error(`no free port on ${host}`);
  return port;
}

export const resolvePort = async (port: number) => (port === 0 ? freePort() : port);
