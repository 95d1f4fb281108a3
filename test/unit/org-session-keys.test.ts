import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, decodeProtectedHeader, importJWK, jwtVerify, SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadOrgTokenKeys,
  orgTokenKeysFile,
  promoteNewestKey,
  publishNextKey,
} from '../../infra/local/org-token-keys.ts';
import { resetEnvForTests } from '../../shared/platform/config/env.ts';
import { derToJose, signingKeys } from '../../shared/sessions/signing-keys.ts';
import { verifyOrgSession } from '../../shared/sessions/tokens.ts';

const ISSUER = 'http://127.0.0.1:3000';

function useKeys(set: object) {
  process.env.ORG_TOKEN_LOCAL_KEYS = JSON.stringify(set);
  process.env.ORG_TOKEN_ISSUER = ISSUER;
  resetEnvForTests();
}

afterEach(() => {
  delete process.env.ORG_TOKEN_LOCAL_KEYS;
  delete process.env.ORG_TOKEN_ISSUER;
  resetEnvForTests();
});

const claims = {
  sub: 'user_1',
  org_id: 'org_1',
  org_role: 'member',
  org_permissions: ['org:read'],
  org_mode: 'sandbox',
};

describe('organization session keys rotate by publishing the next key before it signs', () => {
  it('next: both keys published, the old one still signs; promote: the new one signs alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'org-token-keys-'));
    const first = await loadOrgTokenKeys(dir);
    expect(await loadOrgTokenKeys(dir)).toEqual(first); // persisted, not made again

    const file = orgTokenKeysFile(dir);
    const published = await publishNextKey(file);
    useKeys(published);
    const kids = (await signingKeys().publicKeys()).map((key) => key.kid);
    expect(kids).toHaveLength(2);
    const during = await signingKeys().sign({
      ...claims,
      iss: ISSUER,
      aud: 'orgs-platform',
      exp: Math.floor(Date.now() / 1000) + 60,
    });
    expect(decodeProtectedHeader(during).kid).toBe(first.signing);
    // a verifier that cached the published set verifies tokens of either key
    const cached = createLocalJWKSet({ keys: await signingKeys().publicKeys() });

    const promoted = promoteNewestKey(file);
    useKeys(promoted);
    const after = await signingKeys().sign({
      ...claims,
      iss: ISSUER,
      aud: 'orgs-platform',
      exp: Math.floor(Date.now() / 1000) + 60,
    });
    expect(decodeProtectedHeader(after).kid).toBe(kids[1]);
    await expect(jwtVerify(after, cached, { issuer: ISSUER })).resolves.toBeDefined();
    await expect(jwtVerify(during, cached, { issuer: ISSUER })).resolves.toBeDefined();
    expect(() => promoteNewestKey(file)).toThrow(/no next key/i);
  });
});

describe('verifyOrgSession', () => {
  it('an expired token is "expired"; another signer’s or another audience’s is "invalid"', async () => {
    const mine = await loadOrgTokenKeys();
    useKeys(mine);
    const now = Math.floor(Date.now() / 1000);
    const expired = await signingKeys().sign({
      ...claims,
      iss: ISSUER,
      aud: 'orgs-platform',
      iat: now - 600,
      exp: now - 300,
    });
    expect(await verifyOrgSession(expired)).toEqual({ ok: false, reason: 'expired' });
    const otherAudience = await signingKeys().sign({
      ...claims,
      iss: ISSUER,
      aud: 'elsewhere',
      exp: now + 60,
    });
    expect(await verifyOrgSession(otherAudience)).toEqual({ ok: false, reason: 'invalid' });

    const stranger = (await loadOrgTokenKeys()).keys[0];
    if (!stranger) throw new Error('no key');
    const forged = await new SignJWT({ ...claims, iss: ISSUER, aud: 'orgs-platform', exp: now + 60 })
      .setProtectedHeader({ alg: 'ES256', kid: mine.signing })
      .sign(await importJWK(stranger, 'ES256'));
    expect(await verifyOrgSession(forged)).toEqual({ ok: false, reason: 'invalid' });

    const good = await signingKeys().sign({ ...claims, iss: ISSUER, aud: 'orgs-platform', exp: now + 60 });
    expect(await verifyOrgSession(good)).toMatchObject({
      ok: true,
      principal: { orgId: 'org_1', userId: 'user_1' },
    });
  });
});

describe('derToJose (KMS signatures into JWS)', () => {
  it('turns DER SEQUENCE { r, s } into r‖s of 32 bytes each, dropping sign bytes and padding short values', () => {
    const r = Buffer.concat([Buffer.from([0x00]), Buffer.alloc(32, 0xff)]); // 33 bytes: a sign byte
    const s = Buffer.alloc(31, 0x01); // 31 bytes: one short
    const der = Buffer.concat([
      Buffer.from([0x30, 2 + r.length + 2 + s.length, 0x02, r.length]),
      r,
      Buffer.from([0x02, s.length]),
      s,
    ]);
    const jose = derToJose(der);
    expect(jose).toHaveLength(64);
    expect(jose.subarray(0, 32)).toEqual(Buffer.alloc(32, 0xff));
    expect(jose.subarray(32)).toEqual(Buffer.concat([Buffer.alloc(1), Buffer.alloc(31, 0x01)]));
  });
});
