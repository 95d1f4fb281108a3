import { execFile } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { changeDnsRecords } from '../../infra/local/dns-client.ts';
import { startDnsServer } from '../../infra/local/dns-server.ts';
import { projectRoot } from '../../infra/local/handler-loader.ts';
import { uniqueDomain } from '../support/domains.ts';
import { tempDataDir } from '../support/local-cli.ts';

const exec = promisify(execFile);

/** `npm run -s dns -- …` against the test stack's DNS server, as a developer runs it against `npm start`. */
const dns = (...args: string[]) =>
  exec('npm', ['run', '-s', 'dns', '--', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DNS_PORT: String(inject('stack').dnsPort) },
  });

const txtOf = async (port: number, name: string) => {
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
};

describe('the local DNS server and `npm run dns`', () => {
  it('set, add, get and rm TXT records that Node’s resolver then sees (UDP, and TCP for large answers)', async () => {
    const name = `_orgs-challenge.${uniqueDomain()}`;
    const port = inject('stack').dnsPort as number;
    await dns('set', name, 'orgs-verification=one');
    await dns('add', name, 'x'.repeat(400));
    expect((await txtOf(port, name)).sort()).toEqual(['orgs-verification=one', 'x'.repeat(400)].sort());
    // many records: the UDP answer is truncated and the resolver asks again over TCP
    const many = Array.from({ length: 12 }, (_, index) => `${index}-${'y'.repeat(200)}`);
    await dns('set', name, ...many);
    expect((await txtOf(port, name)).sort()).toEqual([...many].sort());
    expect((await dns('get', name)).stdout.trim().split('\n').sort()).toEqual([...many].sort());
    await dns('rm', name);
    await expect(txtOf(port, name)).rejects.toMatchObject({ code: 'ENOTFOUND' });
    expect((await dns('get', name)).stdout).toBe('');
  });

  it('refuses a mistake with the usage and status 2', async () => {
    const refused = await dns('set', '_orgs-challenge.acme.test').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain('usage: npm run -s dns');
  });

  it('persists its records in the data directory across restarts (none with --in-memory)', async () => {
    const file = path.join(tempDataDir(), 'dns-records.json');
    const first = await startDnsServer({ host: '127.0.0.1', port: 0, file });
    await changeDnsRecords({ port: first.port }, { op: 'set', name: 'kept.acme.test', values: ['v1'] });
    await first.stop();
    const second = await startDnsServer({ host: '127.0.0.1', port: 0, file });
    try {
      expect(await txtOf(second.port, 'kept.acme.test')).toEqual(['v1']);
      // a name with records only below it exists: no data, not NXDOMAIN
      await expect(txtOf(second.port, 'acme.test')).rejects.toMatchObject({ code: 'ENODATA' });
    } finally {
      await second.stop();
    }
    const inMemory = await startDnsServer({ host: '127.0.0.1', port: 0 });
    try {
      await expect(txtOf(inMemory.port, 'kept.acme.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    } finally {
      await inMemory.stop();
    }
  });
});
