import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

/** Local addresses of the listening TCP sockets on `port`, from the kernel's socket tables. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, socketPort] = (local ?? '').split(':');
      // state 0A = LISTEN
      if (socketPort === hexPort && state === '0A' && address) found.push(address);
    }
  }
  return found;
}

const ANY_IPV4 = '00000000';
const ANY_IPV6 = '00000000000000000000000000000000';

describe('DynamoDB Local binds to HOST', () => {
  it.runIf(process.platform === 'linux')('listens on 127.0.0.1 only, never on every interface', () => {
    const port = Number(new URL(inject('stack').env.DYNAMODB_ENDPOINT ?? '').port);
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses).not.toContain(ANY_IPV4);
    expect(addresses).not.toContain(ANY_IPV6);
    // 127.0.0.1 as IPv4 (0100007F) or IPv4-mapped IPv6 (…FFFF0000 0100007F)
    for (const address of addresses) expect(address.endsWith('0100007F')).toBe(true);
  });
});
