import { randomInt } from 'node:crypto';
import { createSocket } from 'node:dgram';
import dnsPacket, { type Answer } from 'dns-packet';
import { txtChunks } from './dns-server.ts';

/**
 * Changes the local DNS server's TXT records by DNS UPDATE (RFC 2136), as `nsupdate` would:
 * `set` replaces the values of a name, `add` adds one, `rm` removes every TXT record of the name.
 * Used by `npm run dns` and by the tests.
 */
export type DnsChange =
  | { op: 'set'; name: string; values: string[] }
  | { op: 'add'; name: string; value: string }
  | { op: 'rm'; name: string };

const TIMEOUT_MS = 3000;
const UPDATE_OPCODE = 5;

const zoneOf = (name: string) => name.replace(/\.$/, '').split('.').slice(-2).join('.');

function updates(change: DnsChange): Answer[] {
  const name = change.name.replace(/\.$/, '');
  const removeAll = { type: 'TXT', name, class: 'ANY', ttl: 0, data: [] } as unknown as Answer;
  const add = (value: string) =>
    ({ type: 'TXT', name, class: 'IN', ttl: 60, data: txtChunks(value) }) as Answer;
  switch (change.op) {
    case 'set':
      return [removeAll, ...change.values.map(add)];
    case 'add':
      return [add(change.value)];
    case 'rm':
      return [removeAll];
  }
}

/** Sends one UPDATE to `host:port` and resolves when the server acknowledged it (NOERROR). */
export async function changeDnsRecords(
  server: { host?: string; port: number },
  change: DnsChange,
): Promise<void> {
  const id = randomInt(0, 65536);
  const message = dnsPacket.encode({
    id,
    type: 'query',
    // dns-packet takes the opcode in the header flags
    flags: UPDATE_OPCODE << 11,
    questions: [{ type: 'SOA', name: zoneOf(change.name) }],
    authorities: updates(change),
  } as dnsPacket.Packet);
  const socket = createSocket('udp4');
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`no answer from the DNS server at ${server.host ?? '127.0.0.1'}:${server.port}`)),
        TIMEOUT_MS,
      );
      socket.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on('message', (reply) => {
        // dns-packet decodes the header's response code though its types omit it
        const decoded = dnsPacket.decode(reply) as dnsPacket.DecodedPacket & { rcode?: string };
        if (decoded.id !== id) return;
        clearTimeout(timer);
        if (decoded.rcode === 'NOERROR') resolve();
        else reject(new Error(`the DNS server refused the update: ${decoded.rcode}`));
      });
      socket.send(message, server.port, server.host ?? '127.0.0.1');
    });
  } finally {
    socket.close();
  }
}
