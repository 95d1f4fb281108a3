import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CreateOrgSchema, UpdateOrgSchema } from '../../shared/orgs/schemas.ts';
import { type ApiResponse, api, newUser, type TestUser } from '../support/http.ts';
import { createOrgFor, expectProblem } from '../support/orgs.ts';

/**
 * Property tests over the HTTP API: whatever JSON a client sends to POST /orgs
 * and PATCH /orgs/{orgId}, the answer is never a 5xx; a refused body is a 400
 * problem+json; a refused PATCH changes nothing (body and ETag). The request
 * schemas are the oracle for "valid", applied to the JSON the server receives.
 */

const NUM_RUNS = 60;

/** What the server sees: JSON.stringify turns NaN into null, drops undefined, ... */
const overTheWire = (body: unknown) => JSON.parse(JSON.stringify(body)) as unknown;

const nearString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.string({ minLength: 95, maxLength: 110 }), // around the 100-character limit
  fc.constantFrom(
    '',
    '   ',
    'Acme',
    '  Acme Inc  ',
    'x'.repeat(100),
    'x'.repeat(101),
    'y'.repeat(20_000),
    'a\u0000b',
    'tab\there',
    'line\nbreak',
    '\u202eevil',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ 日本語',
    'é'.repeat(100),
    '<script>alert(1)</script>',
    '\u0024{jndi:ldap://x}', // a log4shell-style lookup
    "'; DROP TABLE orgs; --",
    '#ORG#META',
  ),
);

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

const timeZone = fc.oneof(
  fc.constantFrom(
    'UTC',
    'utc',
    'Asia/Kolkata',
    'Asia/Calcutta',
    'Europe/Berlin',
    'America/Argentina/Buenos_Aires',
    'Etc/GMT+5',
    'Mars/Base',
    'Europe/Berlin ',
    '+05:30',
    '../../etc/passwd',
    'A/B/C/D',
    'Z'.repeat(70),
  ),
  nearString,
  wrongType,
);

const url = fc.oneof(
  fc.webUrl({ validSchemes: ['https'] }),
  fc.webUrl({ validSchemes: ['http', 'ftp', 'javascript', 'data'] }),
  fc.constantFrom(
    'https://cdn.example.com/logo.png',
    'HTTPS://CDN.EXAMPLE.COM/LOGO.PNG',
    'https://',
    'https:cdn.example.com',
    'http://cdn.example.com/logo.png',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:image/svg+xml,<svg/>',
    '//cdn.example.com/logo.png',
    `https://cdn.example.com/${'a'.repeat(2100)}`,
    'https://exa mple.com',
    'https://user:pass@example.com/',
  ),
  fc.constant(null),
  nearString,
  wrongType,
);

const extraKeys = fc.dictionary(
  fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.constantFrom('__proto__', 'constructor', 'id', 'ownerId', 'version'),
  ),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);

/** `depth` levels of `{ "a": { "a": ... } }` */
const deeplyNested = fc
  .integer({ min: 1, max: 400 })
  .map((depth) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown);

const withExtras = <T extends Record<string, unknown>>(base: fc.Arbitrary<T>) =>
  fc.tuple(base, fc.option(extraKeys, { nil: undefined })).map(([body, extra]) => ({ ...extra, ...body }));

const createBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  deeplyNested,
  withExtras(fc.record({ name: nearString, timeZone }, { requiredKeys: [] })),
  withExtras(fc.record({ name: fc.oneof(nearString, wrongType), timeZone })),
  fc.record({
    name: fc.constantFrom('Acme', '  Fuzz Co  '),
    timeZone: fc.constantFrom('UTC', 'Asia/Kolkata'),
  }),
);

const branding = fc.oneof(
  withExtras(fc.record({ logoUrl: url, bannerUrl: url, badgeUrl: url }, { requiredKeys: [] })),
  wrongType,
);

const updateBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  deeplyNested,
  withExtras(fc.record({ name: nearString, timeZone, branding }, { requiredKeys: [] })),
  fc.record({ name: nearString }),
  fc.record({ timeZone }),
  fc.record({ branding }),
);

/** Never a 5xx; a refusal is problem+json with the contract's fields. */
function expectNoServerError(response: ApiResponse, sent: unknown) {
  const context = `sent ${JSON.stringify(sent)?.slice(0, 500)} → ${response.status} ${JSON.stringify(response.body)?.slice(0, 500)}`;
  expect(response.status, context).toBeLessThan(500);
  if (response.status >= 400) expectProblem(response, response.status);
}

describe('fuzz POST /orgs', () => {
  it('never answers 5xx; refuses exactly the bodies the schema refuses, with 400 problem+json', async () => {
    let user: TestUser = await newUser();
    let created = 0;
    await fc.assert(
      fc.asyncProperty(createBody, async (body) => {
        const response = await api('POST', '/orgs', { token: user.token, body });
        expectNoServerError(response, body);
        const parsed = CreateOrgSchema.safeParse(overTheWire(body));
        if (parsed.success) {
          expect([201, 409], JSON.stringify(response.body)).toContain(response.status);
          if (response.status === 201) {
            created++;
            expect(response.body).toMatchObject({ name: parsed.data.name, timeZone: parsed.data.timeZone });
            // a fresh user for the next valid body, so creation keeps being exercised
            user = await newUser();
          } else {
            expectProblem(response, 409, 'ORG_LIMIT_REACHED');
          }
        } else {
          expectProblem(response, 400, 'VALIDATION_FAILED');
          expect(response.body.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(created, 'the generator produced valid bodies too').toBeGreaterThan(0);
  });
});

describe('fuzz PATCH /orgs/{orgId}', () => {
  let owner: TestUser;
  let orgId: string;

  beforeAll(async () => {
    owner = await newUser();
    orgId = (await createOrgFor(owner)).id;
  });

  it('never answers 5xx; a refused PATCH leaves the org (and its ETag) unchanged', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(updateBody, async (body) => {
        const before = await api('GET', `/orgs/${orgId}`, { token: owner.token });
        expect(before.status).toBe(200);
        const response = await api('PATCH', `/orgs/${orgId}`, { token: owner.token, body });
        expectNoServerError(response, body);
        const after = await api('GET', `/orgs/${orgId}`, { token: owner.token });
        expect(after.status).toBe(200);
        const parsed = UpdateOrgSchema.safeParse(overTheWire(body));
        if (parsed.success) {
          accepted++;
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          const { name, timeZone: zone, branding: brandingChanges } = parsed.data;
          expect(response.body).toMatchObject({
            name: name ?? before.body.name,
            timeZone: zone ?? before.body.timeZone,
            branding: { ...before.body.branding, ...brandingChanges },
          });
          expect(after.body).toEqual(response.body);
          expect(after.headers.get('etag')).toBe(response.headers.get('etag'));
          expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
        } else {
          refused++;
          expectProblem(response, 400, 'VALIDATION_FAILED');
          expect(after.body).toEqual(before.body);
          expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(accepted, 'the generator produced valid bodies too').toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
