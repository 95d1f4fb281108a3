import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getProfile } from './baseline.ts';

/**
 * The least any API route can cost here: Node's HTTP server answering each request with one
 * GetItem of a profile through the handlers' SDK client — no gateway, no token check, no
 * middleware. Driven by the same load worker as the API, it shows what the HTTP hop alone
 * adds to a bare GetItem, and so how close `GET /me` can get to one.
 */
export async function startHttpFloor(userId: string): Promise<{ url: string; close: () => Promise<void> }> {
  const read = getProfile(userId);
  const server = createServer((_request, response) => {
    read().then(
      ({ Item }) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(Item));
      },
      () => {
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
