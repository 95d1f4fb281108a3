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

/**
 * Only global unicast addresses are public: loopback, RFC 1918, link-local (and so
 * 169.254.169.254), CGNAT, unique-local, multicast, reserved, and the IPv6 forms that
 * embed an IPv4 address are not. IPv4-mapped IPv6 is judged as the IPv4 address it maps.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
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
