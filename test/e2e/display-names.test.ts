import { describe, expect, it } from 'vitest';
import { api, newUser } from '../support/http.ts';
import { expectStatus, newOrg } from '../support/members.ts';

const hostile = [
  ['a bidi override', 'Acme\u202Egnp.exe'],
  ['a bidi isolate', 'Acme\u2066x\u2069'],
  ['a C1 control', 'Acme\u0085'],
  ['CR/LF', 'Acme\r\nBcc: x@evil.com'],
  ['only zero-width characters', '\u200B\u200C\u200D\u2060'],
  ['only a Hangul filler', '\u3164'],
  ['101 characters', 'x'.repeat(101)],
] as const;

describe('one display-name rule for profiles, organizations and workspaces', () => {
  it.each(hostile)('PATCH /me, POST /orgs, PATCH /orgs and workspaces refuse %s (400)', async (_, name) => {
    const { owner, orgId } = await newOrg();
    const user = await newUser();
    const responses = [
      await api('PATCH', '/me', { token: user.token, body: { name } }),
      await api('POST', '/orgs', { token: user.token, body: { name, timeZone: 'Europe/Berlin' } }),
      await api('PATCH', `/orgs/${orgId}`, { token: owner.token, body: { name } }),
      await api('POST', `/orgs/${orgId}/workspaces`, { token: owner.token, body: { name } }),
    ];
    for (const response of responses) expectStatus(response, 400, 'VALIDATION_FAILED');
  });

  it('stores names NFC and keeps zero-width joiners inside visible text', async () => {
    const user = await newUser();
    const response = await api('PATCH', '/me', {
      token: user.token,
      body: { name: ' Zoe\u0301 👩\u200D💻 ' },
    });
    expectStatus(response, 200);
    expect(response.body.name).toBe('Zo\u00e9 👩\u200D💻');
  });

  it('workspace names are unique after NFKC case folding with invisibles removed', async () => {
    const { owner, orgId } = await newOrg();
    const create = (name: string) =>
      api('POST', `/orgs/${orgId}/workspaces`, { token: owner.token, body: { name } });
    expectStatus(await create('Staging'), 201);
    for (const lookalike of ['\uFF33taging', 'STAGING', 'Sta\u200Bging', 'ｓｔａｇｉｎｇ']) {
      expectStatus(await create(lookalike), 409, 'CONFLICT');
    }
  });
});
