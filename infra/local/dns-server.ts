import { createSocket, type RemoteInfo } from 'node:dgram';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import path from 'node:path';
import dnsPacket, { type Answer, type Packet } from 'dns-packet';

/**
 * The local stack's DNS server: answers TXT queries (UDP and TCP, as a resolver asks) from
 * records kept in memory, persisted to a JSON file unless in memory. Records change by DNS
 * UPDATE (RFC 2136) sent to the same port — what `npm run dns -- set|add|rm` and the tests
 * send (`infra/local/dns-client.ts`) — so a running stack needs no other control channel.
 *
 * Every name it holds no record for is NXDOMAIN (Node: ENOTFOUND); a name that exists without
 * a TXT record answers NOERROR with no answer (ENODATA). It is authoritative for everything: it
 * forwards nothing.
 */

export interface DnsServer {
  port: number;
  /** name (lower-case, no trailing dot) → TXT values */
  records(): Record<string, string[]>;
  stop(): Promise<void>;
}

const normalize = (name: string) => name.trim().replace(/\.$/, '').toLowerCase();

/** A TXT value is sent as character strings of at most 255 bytes each (RFC 1035 §3.3.14). */
export const txtChunks = (value: string): Buffer[] => {
  const bytes = Buffer.from(value, 'utf8');
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 255) parts.push(bytes.subarray(at, at + 255));
  return parts.length > 0 ? parts : [Buffer.alloc(0)];
};

const txtText = (data: unknown): string => {
  const parts = Array.isArray(data) ? data : [data];
  return parts.map((part) => (Buffer.isBuffer(part) ? part.toString('utf8') : String(part))).join('');
};

// dns-packet encodes the response code from the low bits of the header flags, not `rcode`
const RCODES = { NOERROR: 0, FORMERR: 1, NXDOMAIN: 3, NOTIMP: 4 } as const;
type Rcode = keyof typeof RCODES;
const OPCODE_BITS = 0x7800;

// dns-packet names the UPDATE classes ANY (255) and NONE (254, "UNKNOWN_254"; nsupdate's delete of one value)
const isClass = (answer: Answer, name: 'ANY' | 'NONE') =>
  (answer as { class?: string }).class === name ||
  (name === 'NONE' && (answer as { class?: string }).class === 'UNKNOWN_254');

export interface DnsServerOptions {
  host: string;
  port: number;
  /** JSON file the records persist in; none: in memory */
  file?: string;
  log?: (line: string) => void;
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const log = options.log ?? (() => {});
  const records = new Map<string, string[]>();
  if (options.file) {
    try {
      const saved = JSON.parse(readFileSync(options.file, 'utf8')) as Record<string, string[]>;
      for (const [name, values] of Object.entries(saved)) records.set(normalize(name), values);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const save = () => {
    if (!options.file) return;
    mkdirSync(path.dirname(options.file), { recursive: true });
    writeFileSync(`${options.file}.tmp`, JSON.stringify(Object.fromEntries(records), null, 2));
    renameSync(`${options.file}.tmp`, options.file);
  };

  /** Whether some record lives at or below `name` (then `name` exists: NODATA, not NXDOMAIN). */
  const exists = (name: string) =>
    [...records.keys()].some((held) => held === name || held.endsWith(`.${name}`));

  const applyUpdate = (query: Packet): Rcode => {
    for (const change of query.authorities ?? []) {
      const name = normalize(change.name);
      if (change.type !== 'TXT' && (change.type as string) !== 'ANY') return 'NOTIMP';
      if (isClass(change, 'ANY')) {
        records.delete(name);
      } else if (isClass(change, 'NONE')) {
        const value = txtText((change as { data?: unknown }).data);
        const kept = (records.get(name) ?? []).filter((held) => held !== value);
        if (kept.length > 0) records.set(name, kept);
        else records.delete(name);
      } else {
        const value = txtText((change as { data?: unknown }).data);
        const held = records.get(name) ?? [];
        if (!held.includes(value)) records.set(name, [...held, value]);
      }
    }
    save();
    return 'NOERROR';
  };

  const answer = (query: Packet): Packet => {
    const base = {
      id: query.id,
      type: 'response' as const,
      questions: query.questions,
    };
    if ((query as Packet & { opcode?: string }).opcode === 'UPDATE') {
      const rcode = applyUpdate(query);
      log(`dns update: ${rcode}`);
      return { ...base, flags: ((query.flags ?? 0) & OPCODE_BITS) | RCODES[rcode] };
    }
    const question = query.questions?.[0];
    const flags = dnsPacket.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED);
    if (!question) return { ...base, flags: flags | RCODES.FORMERR };
    const name = normalize(question.name);
    const values = records.get(name);
    if (!values && !exists(name)) return { ...base, flags: flags | RCODES.NXDOMAIN };
    const answers: Answer[] =
      question.type === 'TXT' || (question.type as string) === 'ANY'
        ? (values ?? []).map((value) => ({
            type: 'TXT',
            name: question.name,
            ttl: 0,
            data: txtChunks(value),
          }))
        : [];
    return { ...base, flags, answers };
  };

  /** The encoded answer; over UDP one that does not fit says so (TC) and the resolver asks again by TCP. */
  const respond = (message: Buffer, udp: boolean): Buffer | undefined => {
    let query: Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return undefined;
    }
    const reply = answer(query);
    const encoded = dnsPacket.encode(reply);
    const opt = query.additionals?.find((record) => record.type === 'OPT') as
      | { udpPayloadSize?: number }
      | undefined;
    const limit = Math.max(512, opt?.udpPayloadSize ?? 512);
    if (!udp || encoded.length <= limit) return encoded;
    return dnsPacket.encode({
      ...reply,
      flags: (reply.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE,
      answers: [],
    });
  };

  const udp = createSocket('udp4');
  udp.on('message', (message: Buffer, remote: RemoteInfo) => {
    const reply = respond(message, true);
    if (reply) udp.send(reply, remote.port, remote.address);
  });
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(options.port, options.host, () => {
      udp.off('error', reject);
      resolve();
    });
  });
  const port = udp.address().port;

  const sockets = new Set<Socket>();
  const tcp = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on('data', (data) => {
      buffered = Buffer.concat([buffered, data]);
      // each message is preceded by its two-byte length (RFC 1035 §4.2.2)
      while (buffered.length >= 2) {
        const length = buffered.readUInt16BE(0);
        if (buffered.length < 2 + length) return;
        const reply = respond(buffered.subarray(2, 2 + length), false);
        buffered = buffered.subarray(2 + length);
        if (reply) {
          const framed = Buffer.alloc(2 + reply.length);
          framed.writeUInt16BE(reply.length, 0);
          reply.copy(framed, 2);
          socket.write(framed);
        }
      }
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      tcp.once('error', reject);
      tcp.listen(port, options.host, () => {
        tcp.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    udp.close();
    throw error;
  }

  return {
    port,
    records: () => Object.fromEntries(records),
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    },
  };
}
