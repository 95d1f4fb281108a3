import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { beforeAll, describe, expect, it } from 'vitest';
import { brandingBucket, s3 } from '../../shared/branding/storage.ts';
import { db, tableName } from '../../shared/platform/dynamo/client.ts';
import { keys } from '../../shared/platform/dynamo/keys.ts';
import { api, newUser, type TestUser } from '../support/http.ts';
import { html, jpeg, png, svg, webp } from '../support/images.ts';
import { waitForEmails } from '../support/mailbox.ts';
import { createOrgFor, expectProblem, seedMember } from '../support/orgs.ts';
import { setAttributes } from '../support/table.ts';
import { decided, postToStorage, requestUpload, upload } from '../support/uploads.ts';
import { until } from '../support/wait.ts';

let owner: TestUser;
let orgId: string;

beforeAll(async () => {
  owner = await newUser({ name: 'Brand Owner' });
  orgId = (await createOrgFor(owner)).id;
});

const getOrg = async (user = owner, id = orgId) =>
  (await api('GET', `/orgs/${id}`, { token: user.token })).body;

/** The keys under assets/ of an org (a signed listing: the storage refuses anonymous ones, as S3). */
async function assetKeys(org: string) {
  const listing = await s3().send(
    new ListObjectsV2Command({ Bucket: brandingBucket(), Prefix: `assets/${org}/` }),
  );
  return (listing.Contents ?? []).map((object) => object.Key);
}

/** Whether the bucket holds the key (a signed HEAD). */
async function stored(key: string): Promise<boolean> {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: brandingBucket(), Key: key }));
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return false;
    throw error;
  }
}

async function served(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('branding uploads: real images become the org’s assets', () => {
  it.each([
    ['logo', 'image/png', () => png(120, 60, 1)],
    ['banner', 'image/jpeg', () => jpeg(800, 200)],
    ['badge', 'image/webp', () => webp(64, 64)],
  ] as const)('a %s as %s is accepted and served back byte for byte', async (asset, type, make) => {
    const bytes = make();
    const { ticket, decision } = await upload(owner, orgId, asset, bytes, type);
    expect(decision.body).toMatchObject({ uploadId: ticket.uploadId, asset, status: 'accepted' });
    const url = decision.body.url as string;
    const org = await getOrg();
    expect(org.branding[`${asset}Url`]).toBe(url);
    const response = await served(url);
    expect(response.status).toBe(200);
    expect(response.type).toBe(type);
    expect(response.bytes.equals(bytes)).toBe(true);
  });

  it('invitation emails show the uploaded logo', async () => {
    const { decision } = await upload(owner, orgId, 'logo', png(64, 32, 12), 'image/png');
    const invitee = await newUser({ name: 'Logo Reader' });
    const invited = await api('POST', `/orgs/${orgId}/invitations`, {
      token: owner.token,
      body: { email: invitee.email, role: 'member' },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const [email] = await waitForEmails(invitee.email, 1, { settleMs: 0 });
    expect(email?.body.html).toContain(`<img src="${decision.body.url}"`);
  });

  it('the audit log records the accepted upload', async () => {
    const { ticket } = await upload(owner, orgId, 'logo', png(32, 32, 9), 'image/png');
    const audit = await api('GET', `/orgs/${orgId}/audit-log?action=org.branding_uploaded`, {
      token: owner.token,
    });
    expect(
      audit.body.items.map((entry: { details: { uploadId: string } }) => entry.details.uploadId),
    ).toContain(ticket.uploadId);
  });

  it('DELETE clears the asset, removes the image, and the https-URL input still works', async () => {
    const { decision } = await upload(owner, orgId, 'badge', webp(32, 32, [1, 2, 3, 255]), 'image/webp');
    expect(decision.body.status).toBe('accepted');
    const deleted = await api('DELETE', `/orgs/${orgId}/branding/badge`, { token: owner.token });
    expect(deleted.status).toBe(204);
    expect((await getOrg()).branding.badgeUrl).toBeNull();
    expect((await served(decision.body.url)).status).toBe(404);
    const patched = await api('PATCH', `/orgs/${orgId}`, {
      token: owner.token,
      body: { branding: { badgeUrl: 'https://cdn.example.com/badge.png' } },
    });
    expect(patched.status).toBe(200);
    expect((await getOrg()).branding.badgeUrl).toBe('https://cdn.example.com/badge.png');
  });
});

describe('branding uploads: anything else is refused and never set', () => {
  let org: string;
  let refusalsOwner: TestUser;
  beforeAll(async () => {
    refusalsOwner = await newUser({ name: 'Refusals' });
    org = (await createOrgFor(refusalsOwner)).id;
  });

  const expectNothingSet = async () => {
    const body = await getOrg(refusalsOwner, org);
    expect(body.branding).toEqual({ logoUrl: null, bannerUrl: null, badgeUrl: null });
  };

  it.each([
    ['HTML declared as image/png', html, 'image/png', /Not a image\/png, image\/jpeg, image\/webp image/],
    ['an SVG declared as image/png', svg, 'image/png', /Not a/],
    ['a truncated PNG', png(64, 64, 3).subarray(0, 90), 'image/png', /truncated or malformed/],
    [
      'a JPEG declared as image/png',
      jpeg(64, 64),
      'image/png',
      /is image\/jpeg, but image\/png was declared/,
    ],
    ['a logo over the dimension limits', png(2100, 16), 'image/png', /at most 2048×2048/],
  ] as const)('%s: the checker rejects it and deletes the object', async (_label, bytes, type, reason) => {
    const { ticket, decision } = await upload(refusalsOwner, org, 'logo', bytes, type);
    expect(decision.body).toMatchObject({ status: 'rejected', reason: expect.stringMatching(reason) });
    expect(decision.body.url).toBeUndefined();
    const key = ticket.fields.key as string;
    expect(await stored(key)).toBe(false);
    await expectNothingSet();
  });

  it('a content type outside the list (SVG, HTML) is refused before any upload', async () => {
    for (const contentType of ['image/svg+xml', 'text/html', 'image/gif']) {
      const response = await api('POST', `/orgs/${org}/branding/logo/uploads`, {
        token: refusalsOwner.token,
        body: { contentType, contentLength: 100 },
      });
      expectProblem(response, 400, 'VALIDATION_FAILED');
    }
  });

  it('an unknown asset, a size that is not a positive integer or extra fields are 400', async () => {
    const post = (asset: string, body: unknown) =>
      api('POST', `/orgs/${org}/branding/${asset}/uploads`, { token: refusalsOwner.token, body });
    expectProblem(
      await post('favicon', { contentType: 'image/png', contentLength: 100 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await post('logo', { contentType: 'image/png', contentLength: 1.5 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await post('logo', { contentType: 'image/png', contentLength: 0 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await post('logo', { contentType: 'image/png', contentLength: 10, key: 'assets/x' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('the same Idempotency-Key answers the same ticket', async () => {
    const withAnotherKey = () =>
      api('POST', `/orgs/${org}/branding/banner/uploads`, {
        token: refusalsOwner.token,
        headers: { 'idempotency-key': `other-${Math.random()}` },
        body: { contentType: 'image/webp', contentLength: 500 },
      });
    const key = `banner-${Math.random()}`;
    const send = () =>
      api('POST', `/orgs/${org}/branding/banner/uploads`, {
        token: refusalsOwner.token,
        headers: { 'idempotency-key': key },
        body: { contentType: 'image/webp', contentLength: 500 },
      });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.uploadId).toBe(first.body.uploadId);
    expect((await withAnotherKey()).body.uploadId).not.toBe(first.body.uploadId);
  });

  it('a declared size over the asset limit is refused; more bytes than declared are refused by storage', async () => {
    const tooBig = await api('POST', `/orgs/${org}/branding/logo/uploads`, {
      token: refusalsOwner.token,
      body: { contentType: 'image/png', contentLength: 1024 * 1024 + 1 },
    });
    expectProblem(tooBig, 400, 'VALIDATION_FAILED');
    const bytes = png(64, 64, 4);
    const ticket = await requestUpload(refusalsOwner, org, 'logo', {
      contentType: 'image/png',
      contentLength: 100,
    });
    const stored = await postToStorage(ticket, bytes);
    expect(stored.status).toBe(400);
    expect(stored.text).toContain('EntityTooLarge');
    expect(
      (
        await api('GET', `/orgs/${org}/branding/logo/uploads/${ticket.uploadId}`, {
          token: refusalsOwner.token,
        })
      ).body.status,
    ).toBe('pending');
  });

  it('storage refuses another content type or key than the policy fixed', async () => {
    const bytes = png(32, 32, 5);
    const ticket = await requestUpload(refusalsOwner, org, 'logo', {
      contentType: 'image/png',
      contentLength: bytes.length,
    });
    const asHtml = await postToStorage(
      { ...ticket, fields: { ...ticket.fields, 'Content-Type': 'text/html' } },
      bytes,
    );
    expect(asHtml.status).toBe(403);
    const elsewhere = await postToStorage(
      { ...ticket, fields: { ...ticket.fields, key: 'assets/evil.png' } },
      bytes,
    );
    expect(elsewhere.status).toBe(403);
    await expectNothingSet();
  });

  it('an upload whose ticket expired without a file reads as rejected', async () => {
    const ticket = await requestUpload(refusalsOwner, org, 'badge', {
      contentType: 'image/png',
      contentLength: 100,
    });
    const path = `/orgs/${org}/branding/badge/uploads/${ticket.uploadId}`;
    expect((await api('GET', path, { token: refusalsOwner.token })).body.status).toBe('pending');
    await setAttributes(keys.brandingUpload(org, ticket.uploadId), {
      expiresAt: new Date(Date.now() - 6 * 60_000).toISOString(),
    });
    expect((await api('GET', path, { token: refusalsOwner.token })).body).toMatchObject({
      status: 'rejected',
      reason: 'No file arrived before the upload expired.',
    });
  });

  it('storage refuses an expired presigned POST', async () => {
    const bytes = png(32, 32, 6);
    const expired = await createPresignedPost(s3(), {
      Bucket: brandingBucket(),
      Key: `uploads/${org}/logo/upl_expired`,
      Conditions: [['content-length-range', 1, 1024 * 1024]],
      Expires: -1,
    });
    const stored = await postToStorage(expired, bytes);
    expect(stored.status).toBe(403);
    expect(stored.text).toContain('Policy expired');
    const fresh = await createPresignedPost(s3(), {
      Bucket: brandingBucket(),
      Key: `uploads/${org}/logo/upl_fresh`,
      Conditions: [['content-length-range', 1, 1024 * 1024]],
      Expires: 60,
    });
    // the same request, signed to expire later, is stored (then removed: no upload was asked for)
    expect((await postToStorage(fresh, bytes)).status).toBe(204);
  });
});

describe('branding uploads: who may', () => {
  it('a member without the permission gets 403; another org’s upload id is 404', async () => {
    const admin = await newUser({ name: 'Brand Admin' });
    const developer = await newUser({ name: 'Brand Dev' });
    await seedMember(orgId, admin, 'admin');
    await seedMember(orgId, developer, 'developer');
    const denied = await api('POST', `/orgs/${orgId}/branding/logo/uploads`, {
      token: developer.token,
      body: { contentType: 'image/png', contentLength: 100 },
    });
    expectProblem(denied, 403, 'FORBIDDEN');
    const byAdmin = await requestUpload(admin, orgId, 'logo', {
      contentType: 'image/png',
      contentLength: 100,
    });

    const stranger = await newUser({ name: 'Other Owner' });
    const otherOrg = (await createOrgFor(stranger)).id;
    const crossOrg = await api('GET', `/orgs/${otherOrg}/branding/logo/uploads/${byAdmin.uploadId}`, {
      token: stranger.token,
    });
    expectProblem(crossOrg, 404, 'NOT_FOUND');
    const wrongAsset = await api('GET', `/orgs/${orgId}/branding/banner/uploads/${byAdmin.uploadId}`, {
      token: owner.token,
    });
    expectProblem(wrongAsset, 404, 'NOT_FOUND');
  });
});

describe('branding uploads: races', () => {
  it('one after the other: the later upload replaces the earlier, whose image is removed', async () => {
    const user = await newUser({ name: 'Replacer' });
    const org = (await createOrgFor(user)).id;
    const earlier = await upload(user, org, 'banner', png(300, 100, 30), 'image/png');
    const later = await upload(user, org, 'banner', jpeg(400, 120, 'second'), 'image/jpeg');
    expect([earlier.decision.body.status, later.decision.body.status]).toEqual(['accepted', 'accepted']);
    expect((await getOrg(user, org)).branding.bannerUrl).toBe(later.decision.body.url);
    await until(
      () => served(earlier.decision.body.url),
      (response) => response.status === 404,
      'the earlier banner removed',
    );
    expect((await served(later.decision.body.url)).status).toBe(200);
    expect(await assetKeys(org)).toEqual([`assets/${later.decision.body.url.split('/assets/')[1]}`]);
  });

  it('an upload confirmed before the one already shown is rejected and its image removed', async () => {
    const user = await newUser({ name: 'Superseded' });
    const org = (await createOrgFor(user)).id;
    // stands in for another upload of the badge whose check completes later than this one's
    const shown = 'https://cdn.example.com/confirmed-later.png';
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.org(org),
        UpdateExpression: 'SET branding.badgeUrl = :url, badgeSource = :source',
        ExpressionAttributeValues: {
          ':url': shown,
          ':source': {
            uploadId: 'upl_later',
            assetPath: `${org}/badge/upl_later/x.png`,
            acceptedAt: '2999-01-01T00:00:00.000Z',
          },
        },
      }),
    );
    const { decision } = await upload(user, org, 'badge', png(40, 40, 40), 'image/png');
    expect(decision.body).toMatchObject({
      status: 'rejected',
      reason: 'Another upload of the badge, confirmed later, is shown instead.',
    });
    expect((await getOrg(user, org)).branding.badgeUrl).toBe(shown);
    expect(await assetKeys(org)).toEqual([]);
  });

  it('two uploads racing for the logo: the later confirmed one wins, the other object is removed', async () => {
    const racer = await newUser({ name: 'Racer' });
    const org = (await createOrgFor(racer)).id;
    const first = png(48, 48, 10);
    const second = png(48, 48, 20);
    const tickets = await Promise.all(
      [first, second].map((bytes) =>
        requestUpload(racer, org, 'logo', { contentType: 'image/png', contentLength: bytes.length }),
      ),
    );
    const stored = await Promise.all(
      tickets.map((ticket, index) => postToStorage(ticket, index ? second : first)),
    );
    expect(stored.map((result) => result.status)).toEqual([204, 204]);
    const decisions = await Promise.all(
      tickets.map((ticket) => decided(racer, org, 'logo', ticket.uploadId)),
    );
    const logoUrl = (await getOrg(racer, org)).branding.logoUrl as string;
    // the winner is the upload whose URL the org shows; every other accepted or superseded image is gone
    const winner = decisions.find((decision) => decision.body.url === logoUrl);
    expect(winner, JSON.stringify(decisions.map((d) => d.body))).toBeDefined();
    for (const decision of decisions) {
      if (decision === winner) {
        expect((await served(logoUrl)).status).toBe(200);
        continue;
      }
      if (decision.body.status === 'rejected') {
        expect(decision.body.reason).toMatch(/Another upload of the logo, confirmed later, is shown instead/);
      } else {
        // accepted first, then replaced: the winner's checker removes it right after its commit
        expect(decision.body.status).toBe('accepted');
        await until(
          () => served(decision.body.url),
          (response) => response.status === 404,
          'the replaced logo removed',
        );
      }
    }
  });
});
