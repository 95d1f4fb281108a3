import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { allowPrivateTargets } from './config.ts';

/** A webhook URL we refuse to call; the message is safe to show (it names no internal detail). */
export class TargetNotAllowed extends Error {
  override name = 'TargetNotAllowed';
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface CheckedTarget {
  url: URL;
  /** the host without IPv6 brackets, for SNI and the Host header */
  hostname: string;
  /** every address the name resolved to, each checked; the request connects to the first */
  addresses: ResolvedAddress[];
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

let resolverOverride: Resolver | undefined;

/**
 * Replaces DNS in this process (tests only; `undefined` restores it). Why: there is no
 * DNS server here whose answers a test can change, and "a name that resolves to a
 * private address later" needs exactly that.
 */
export function setResolverForTests(resolver: Resolver | undefined): void {
  resolverOverride = resolver;
}

const v6 = (address: string) => ipaddr.IPv6.parse(address);
const v4Of = (high: number, low: number) =>
  new ipaddr.IPv4([(high >> 8) & 255, high & 255, (low >> 8) & 255, low & 255]);

/**
 * The IPv6 prefixes whose addresses carry an IPv4 address, and where: a packet to one of them
 * reaches (a translator, relay or tunnel in front of) that IPv4 host.
 */
const embeddings: [prefix: ipaddr.IPv6, bits: number, ipv4: (parts: number[]) => ipaddr.IPv4][] = [
  // IPv4-compatible ::a.b.c.d (deprecated; :: and ::1 become 0.0.0.0 and 0.0.0.1, "unspecified")
  [v6('::'), 96, (p) => v4Of(p[6] ?? 0, p[7] ?? 0)],
  // IPv4-mapped ::ffff:a.b.c.d
  [v6('::ffff:0:0'), 96, (p) => v4Of(p[6] ?? 0, p[7] ?? 0)],
  // IPv4-translated ::ffff:0:a.b.c.d (SIIT, RFC 6145)
  [v6('::ffff:0:0:0'), 96, (p) => v4Of(p[6] ?? 0, p[7] ?? 0)],
  // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052)
  [v6('64:ff9b::'), 96, (p) => v4Of(p[6] ?? 0, p[7] ?? 0)],
  // 6to4 2002:aabb:ccdd::/48 (RFC 3056)
  [v6('2002::'), 16, (p) => v4Of(p[1] ?? 0, p[2] ?? 0)],
  // Teredo 2001:0:<server>:<flags>:<port>:<client>, the client address bit-inverted (RFC 4380)
  [v6('2001::'), 32, (p) => v4Of(~(p[6] ?? 0) & 0xffff, ~(p[7] ?? 0) & 0xffff)],
];

/**
 * The local-use NAT64 prefix (RFC 8215): not globally reachable, and its operator picks where
 * the IPv4 address sits (RFC 6052 allows several prefix lengths), so it is never public.
 */
const LOCAL_USE_NAT64 = v6('64:ff9b:1::');

/** The IPv4 address an IPv6 address stands for, in every form that embeds one. */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const found = embeddings.find(([prefix, bits]) => address.match(prefix, bits));
  return found?.[2](address.parts);
}

/**
 * Only global unicast addresses are public: loopback, RFC 1918, link-local (and so
 * 169.254.169.254), CGNAT, unique-local, multicast and reserved are not. Every IPv6 form
 * that embeds an IPv4 address (IPv4-compatible, IPv4-mapped, IPv4-translated, NAT64, 6to4,
 * Teredo) is judged as the IPv4 address it embeds: `::127.0.0.1` (`::7f00:1`) is loopback and
 * `::a9fe:a9fe` the metadata address, whatever the IPv6 address rates on its own.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const ipv6 = parsed as ipaddr.IPv6;
  if (ipv6.match(LOCAL_USE_NAT64, 48)) return false;
  const ipv4 = embeddedIPv4(ipv6);
  return (ipv4 ?? ipv6).range() === 'unicast';
}

function parseUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetNotAllowed('The URL is not valid.');
  }
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) throw new TargetNotAllowed('Only https URLs are allowed.');
  if (url.username || url.password) throw new TargetNotAllowed('URLs with credentials are not allowed.');
  return url;
}

/**
 * Resolves the URL's host and refuses it unless every address is public (unless the
 * local stack allows private targets). Called at registration and before every attempt;
 * the attempt then connects to an address checked here, so DNS cannot change in between.
 */
export async function checkTarget(raw: string, allowPrivate = allowPrivateTargets()): Promise<CheckedTarget> {
  const url = parseUrl(raw, allowPrivate);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(hostname)) {
    addresses = [{ address: hostname, family: ipaddr.parse(hostname).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await (resolverOverride ?? systemResolver)(hostname);
    } catch {
      throw new TargetNotAllowed(`The host ${hostname} does not resolve.`);
    }
  }
  if (addresses.length === 0) throw new TargetNotAllowed(`The host ${hostname} does not resolve.`);
  if (!allowPrivate && !addresses.every(({ address }) => isPublicAddress(address))) {
    throw new TargetNotAllowed('The URL resolves to a private, loopback, link-local or reserved address.');
  }
  return { url, hostname, addresses };
}

/** Registration: the URL's form always; its addresses too, unless private targets are allowed. */
export async function checkUrlForRegistration(raw: string): Promise<void> {
  const allowPrivate = allowPrivateTargets();
  if (allowPrivate) parseUrl(raw, true);
  else await checkTarget(raw, false);
}
