import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../../shared/platform/config/env.ts';
import {
  checkTarget,
  checkUrlForRegistration,
  isPublicAddress,
  setResolverForTests,
  TargetNotAllowed,
} from '../../shared/webhooks/target-guard.ts';

/**
 * Every IPv6 form that embeds an IPv4 address is judged by that address: `::127.0.0.1`
 * (`::7f00:1`) is loopback and `::a9fe:a9fe` the metadata service, whatever ipaddr.js rates the
 * IPv6 address itself. At registration (the URL's literal or its DNS answer) and at send time
 * (`checkTarget`, called before every attempt) alike.
 */

// the deployed rule; a worker forked after the stack project's setup inherits the local default (true)
const inherited = process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;
beforeAll(() => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'false';
  resetEnvForTests();
});
afterAll(() => {
  if (inherited === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;
  else process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = inherited;
  resetEnvForTests();
});

/** [form, embedding a private address, embedding a public one (93.184.216.34 = 5db8:d822)] */
const forms: [string, string[], string[]][] = [
  [
    'IPv4-compatible ::a.b.c.d',
    ['::127.0.0.1', '::7f00:1', '::a9fe:a9fe', '::10.0.0.1', '::192.168.0.1'],
    ['::93.184.216.34'],
  ],
  [
    'IPv4-mapped ::ffff:a.b.c.d',
    ['::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '::ffff:10.1.2.3'],
    ['::ffff:93.184.216.34'],
  ],
  ['IPv4-translated ::ffff:0:a.b.c.d', ['::ffff:0:127.0.0.1', '::ffff:0:a9fe:a9fe'], ['::ffff:0:5db8:d822']],
  [
    'NAT64 64:ff9b::/96',
    ['64:ff9b::127.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b::a00:1'],
    ['64:ff9b::5db8:d822'],
  ],
  ['6to4 2002::/16', ['2002:7f00:1::1', '2002:a9fe:a9fe::', '2002:c0a8:101:1::1'], ['2002:5db8:d822::1']],
  // the client address is the last 32 bits inverted: ~7f00:0001 = 80ff:fffe, ~a9fe:a9fe = 5601:5601
  [
    'Teredo 2001::/32',
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', '2001:0:4136:e378::5601:5601'],
    ['2001:0:4136:e378::a247:27dd'],
  ],
];

afterEach(() => setResolverForTests(undefined));

const refused = async (check: Promise<unknown>) => {
  await expect(check).rejects.toBeInstanceOf(TargetNotAllowed);
  await expect(check).rejects.toThrow('private, loopback, link-local or reserved');
};

describe('IPv6 forms that embed an IPv4 address', () => {
  it.each(forms)('%s: judged by the embedded address', (_form, private_, public_) => {
    for (const address of private_) expect(isPublicAddress(address), address).toBe(false);
    for (const address of public_) expect(isPublicAddress(address), address).toBe(true);
  });

  it('the local-use NAT64 prefix 64:ff9b:1::/48 is never public (not globally reachable)', () => {
    expect(isPublicAddress('64:ff9b:1::5db8:d822')).toBe(false);
    expect(isPublicAddress('64:ff9b:1:5db8:d8:2200::')).toBe(false);
  });

  it('plain IPv6 and IPv4 addresses keep their own rating', () => {
    expect(isPublicAddress('2606:4700:4700::1111')).toBe(true);
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    for (const address of ['::', '::1', 'fe80::1', 'fd00::1', '127.0.0.1', '169.254.169.254']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it.each(forms)('%s: refused at registration as a literal', async (_form, private_, public_) => {
    await refused(checkUrlForRegistration('https://[::127.0.0.1]/'));
    for (const address of private_) await refused(checkUrlForRegistration(`https://[${address}]/hook`));
    for (const address of public_)
      await expect(checkUrlForRegistration(`https://[${address}]/`)).resolves.toBeUndefined();
  });

  it.each(forms)(
    '%s: refused at registration and at send time when DNS answers it',
    async (_form, private_) => {
      for (const address of private_) {
        setResolverForTests(async () => [{ address, family: 6 }]);
        await refused(checkUrlForRegistration('https://hooks.example.com/orgs'));
        await refused(checkTarget('https://hooks.example.com/orgs', false));
      }
    },
  );

  it('refused at send time as a literal (a URL registered before this check)', async () => {
    await refused(checkTarget('https://[::127.0.0.1]/', false));
    await refused(checkTarget('https://[::a9fe:a9fe]/latest/meta-data/', false));
    for (const [, private_] of forms) {
      for (const address of private_) await refused(checkTarget(`https://[${address}]/`, false));
    }
  });

  it('a name answering a public and an embedded private address is refused', async () => {
    setResolverForTests(async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '::a9fe:a9fe', family: 6 },
    ]);
    await refused(checkTarget('https://hooks.example.com/orgs', false));
  });
});
