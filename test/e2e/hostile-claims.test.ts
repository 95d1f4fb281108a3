import { GetCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import type { JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { api, newUser } from '../support/http.ts';
import { accept, expectStatus, inviteOk, newOrg } from '../support/members.ts';
import { devClaims, signWithDevKey } from '../support/tokens.ts';

const tokenOf = (overrides: JWTPayload) => signWithDevKey(devClaims(overrides));

const storedUser = async (userId: string) =>
  (await db().send(new GetCommand({ TableName: tableName(), Key: keys.user(userId) }))).Item;

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never be stored
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('token claims are bounded and shaped at authentication (401, never 500)', () => {
  it('a verified email claim of 3,000 characters is 401 on GET /me, POST /orgs and accept', async () => {
    const { owner, orgId } = await newOrg();
    const grace = await newUser();
    const invitationId = await inviteOk(owner, orgId, grace.email, 'member');
    const token = await tokenOf({ email: `${'a'.repeat(3000)}@example.com`, email_verified: true });
    const responses = [
      await api('GET', '/me', { token }),
      await api('POST', '/orgs', { token, body: { name: 'Huge', timeZone: 'Europe/Berlin' } }),
      await api('POST', `/invitations/${invitationId}/accept`, { token }),
    ];
    for (const response of responses) {
      expectStatus(response, 401, 'UNAUTHENTICATED');
      expect(response.body.detail).toMatch(/email.*254/);
    }
  });

  it.each([['.'], ['..'], ['a/b'], ['x'.repeat(256)], ['with space'], ['50%'], ['q?x'], ['h#x'], ['é']])(
    'a sub of %j is 401 with a clear detail',
    async (sub) => {
      const response = await api('GET', '/me', { token: await tokenOf({ sub }) });
      expectStatus(response, 401, 'UNAUTHENTICATED');
      expect(response.body.detail).toMatch(/"sub" claim/);
    },
  );

  it('an email claim that is not a string or not an address is 401, not 500', async () => {
    for (const email of [42, 'no-at-sign', 'a b@example.com', 'x\u0000@example.com']) {
      const response = await api('GET', '/me', { token: await tokenOf({ email }) });
      expectStatus(response, 401, 'UNAUTHENTICATED');
    }
  });
});

describe('name claims are cleaned or replaced, never stored raw', () => {
  it('CR/LF header injection and bidi overrides are cleaned out of the profile and the roster', async () => {
    const { owner, orgId } = await newOrg();
    const claims = devClaims({ name: 'Eve\r\nBcc: x@evil.com \u202Egnp.exe' });
    const token = await signWithDevKey(claims);
    const me = await api('GET', '/me', { token });
    expectStatus(me, 200);
    expect(me.body.name).toBe('Eve Bcc: x@evil.com gnp.exe');
    const eve = { token, userId: claims.sub as string, email: claims.email as string };
    const invitationId = await inviteOk(owner, orgId, eve.email, 'member');
    expectStatus(await accept(eve, invitationId), 200);
    const roster = await api('GET', `/orgs/${orgId}/members?status=active`, { token: owner.token });
    const entry = roster.body.items.find((item: { userId?: string }) => item.userId === eve.userId);
    expect(entry.name).toBe('Eve Bcc: x@evil.com gnp.exe');
  });

  it('an invisible-only name claim is replaced by no name', async () => {
    const token = await tokenOf({ name: '\u200B\u200D\u2060 \uFEFF' });
    const me = await api('GET', '/me', { token });
    expectStatus(me, 200);
    expect(me.body.name).toBeNull();
  });

  it('property: any claims give 200 or 401, never 5xx; a stored name passes the rule', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.constantFrom('.', '..', '', ' ', '\u202E', '\u200B', 'a\r\nb', 'x'.repeat(300)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          sub: text,
          email: fc.oneof(
            text,
            text.map((local) => `${local}@example.com`),
          ),
          name: text,
        }),
        async ({ sub, email, name }) => {
          const claims = devClaims({ email, name });
          const unique = `${sub}`;
          claims.sub = unique.length > 0 ? unique : claims.sub;
          const token = await signWithDevKey(claims);
          const response = await api('GET', '/me', { token });
          expect([200, 401]).toContain(response.status);
          if (response.status !== 200) return;
          const stored = await storedUser(response.body.id);
          const storedName = stored?.name as string | null;
          if (storedName !== null) {
            expect(storedName).not.toMatch(UNSAFE_IN_NAME);
            expect(storedName.length).toBeGreaterThan(0);
            expect([...storedName].length).toBeLessThanOrEqual(100);
            expect(storedName.normalize('NFC')).toBe(storedName);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('lookalike emails never compare equal', () => {
  it('a token email with the Kelvin sign neither sees nor accepts kate@’s invitation', async () => {
    const { owner, orgId } = await newOrg();
    const local = `kate-${crypto.randomUUID().slice(0, 8)}`;
    const kate = await newUser({ email: `${local}@example.com` });
    const invitationId = await inviteOk(owner, orgId, kate.email, 'admin');
    const lookalike = await tokenOf({ email: `\u212A${local.slice(1)}@example.com`, email_verified: true });
    const mine = await api('GET', '/me/invitations', { token: lookalike });
    expectStatus(mine, 200);
    expect(mine.body.items).toEqual([]);
    const accepted = await api('POST', `/invitations/${invitationId}/accept`, { token: lookalike });
    expectStatus(accepted, 403, 'INVITATION_EMAIL_MISMATCH');
    const me = await api('GET', '/me', { token: lookalike });
    expect(me.body.email).toBe(`\u212A${local.slice(1)}@example.com`);
  });

  it('an invitation to a lookalike address is refused (400), never mapped onto the ASCII one', async () => {
    const { owner, orgId } = await newOrg();
    const response = await api('POST', `/orgs/${orgId}/invitations`, {
      token: owner.token,
      body: { email: '\u212Aate@example.com', role: 'member' },
    });
    expectStatus(response, 400, 'VALIDATION_FAILED');
  });
});
