import { randomUUID } from 'node:crypto';
import {
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { brandingBucket, s3 } from '../../shared/branding/storage.ts';
import { newUser, type TestUser } from '../support/http.ts';
import { html, png } from '../support/images.ts';
import { createOrgFor } from '../support/orgs.ts';
import { decided, requestUpload, type UploadTicket } from '../support/uploads.ts';

/**
 * The local storage (infra/local/storage.ts) refuses what S3 refuses for this bucket: only
 * signed requests (the SDK's, with the stack's credentials) and browser form POSTs whose policy
 * holds get through; anonymous callers read `assets/` (the local CDN) and nothing else. The
 * policy is checked whatever the query string and however the media type is spelled.
 */

const bucketUrl = () => `${inject('stack').storageUrl}/${brandingBucket()}`;
const objectUrl = (key: string) => `${bucketUrl()}/${key}`;

async function send(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function expectAccessDenied(response: { status: number; text: string }) {
  expect(response.status, response.text).toBe(403);
  expect(response.text).toMatch(/<Error><Code>AccessDenied<\/Code>/);
}

async function stored(key: string): Promise<boolean> {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: brandingBucket(), Key: key }));
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return false;
    throw error;
  }
}

const signedPut = (key: string, body: Uint8Array | string, contentType: string) =>
  s3().send(
    new PutObjectCommand({ Bucket: brandingBucket(), Key: key, Body: body, ContentType: contentType }),
  );

let owner: TestUser;
let orgId: string;

beforeAll(async () => {
  owner = await newUser({ name: 'Storage Owner' });
  orgId = (await createOrgFor(owner)).id;
});

describe('local storage: anonymous requests', () => {
  it('a PUT is 403 AccessDenied and stores nothing', async () => {
    const key = `assets/${orgId}/${randomUUID()}/evil.html`;
    expectAccessDenied(
      await send(objectUrl(key), { method: 'PUT', body: html, headers: { 'content-type': 'text/html' } }),
    );
    expect(await stored(key)).toBe(false);
  });

  it('a DELETE is 403 and the object stays', async () => {
    const key = `assets/${orgId}/${randomUUID()}/kept.png`;
    await signedPut(key, png(16, 16, 1), 'image/png');
    expectAccessDenied(await send(objectUrl(key), { method: 'DELETE' }));
    expect(await stored(key)).toBe(true);
  });

  it('a listing is 403: the bucket, ListObjectsV2, versions, the service', async () => {
    for (const url of [
      bucketUrl(),
      `${bucketUrl()}/`,
      `${bucketUrl()}?list-type=2&prefix=assets/`,
      `${bucketUrl()}?versions`,
      `${inject('stack').storageUrl}/`,
    ]) {
      expectAccessDenied(await send(url));
    }
  });

  it('other bucket calls are 403: a multi-object delete, a CORS rule', async () => {
    const key = `assets/${orgId}/${randomUUID()}/stays.png`;
    await signedPut(key, png(16, 16, 2), 'image/png');
    const deleteXml = `<Delete><Object><Key>${key}</Key></Object></Delete>`;
    expectAccessDenied(
      await send(`${bucketUrl()}?delete`, {
        method: 'POST',
        body: deleteXml,
        headers: { 'content-type': 'application/xml' },
      }),
    );
    expect(await stored(key)).toBe(true);
    expectAccessDenied(
      await send(`${bucketUrl()}?cors`, {
        method: 'PUT',
        body: '<CORSConfiguration></CORSConfiguration>',
      }),
    );
  });

  it('a request with a made-up signature is refused', async () => {
    const key = `assets/${orgId}/${randomUUID()}/forged.html`;
    const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
    const response = await send(objectUrl(key), {
      method: 'PUT',
      body: html,
      headers: {
        'content-type': 'text/html',
        'x-amz-date': amzDate,
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        authorization: `AWS4-HMAC-SHA256 Credential=local/${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${'0'.repeat(64)}`,
      },
    });
    expect(response.status, response.text).toBe(403);
    expect(response.text).toMatch(/<Code>SignatureDoesNotMatch<\/Code>/);
    expect(await stored(key)).toBe(false);
  });

  it('reads assets/ (with nosniff), and nothing else', async () => {
    const asset = `assets/${orgId}/${randomUUID()}/logo.png`;
    const upload = `uploads/${orgId}/logo/${randomUUID()}`;
    await signedPut(asset, png(16, 16, 3), 'image/png');
    await signedPut(upload, png(16, 16, 4), 'image/png');
    const served = await send(objectUrl(asset));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await send(objectUrl(asset), { method: 'HEAD' })).status).toBe(200);
    expectAccessDenied(await send(objectUrl(upload)));
    expectAccessDenied(await send(`${objectUrl(asset)}?acl`));
    expectAccessDenied(await send(`${bucketUrl()}/assets/${orgId}/%2e%2e/%2e%2e/${upload}`));
  });
});

describe('local storage: signed SDK requests', () => {
  it('put, head, list and delete pass', async () => {
    // outside uploads/: an object there is an upload, which the checker may delete at once
    const key = `probes/${orgId}/${randomUUID()}`;
    await signedPut(key, 'probe', 'text/plain');
    expect(await stored(key)).toBe(true);
    const listed = await s3().send(
      new ListObjectsV2Command({ Bucket: brandingBucket(), Prefix: `probes/${orgId}/` }),
    );
    expect(listed.Contents?.map((object) => object.Key)).toContain(key);
    await s3().send(new DeleteObjectCommand({ Bucket: brandingBucket(), Key: key }));
    expect(await stored(key)).toBe(false);
  });
});

describe('local storage: a form POST always meets its policy', () => {
  /** The ticket's form, with an HTML file put under assets/ instead of the ticket's key and type. */
  const hostileForm = (ticket: UploadTicket, key: string) => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...ticket.fields, key, 'Content-Type': 'text/html' })) {
      form.append(name, value);
    }
    form.append('file', new Blob([html], { type: 'text/html' }), 'evil.html');
    return form;
  };
  const ticketFor = () =>
    requestUpload(owner, orgId, 'logo', { contentType: 'image/png', contentLength: html.length });

  it.each(['?x=1', '?uploads', '?delete', '?'])('with the query string %s', async (query) => {
    const ticket = await ticketFor();
    const key = `assets/${orgId}/${randomUUID()}/evil.html`;
    expectAccessDenied(
      await send(`${ticket.url}${query}`, { method: 'POST', body: hostileForm(ticket, key) }),
    );
    expect(await stored(key)).toBe(false);
  });

  it.each(['Multipart/Form-Data', 'MULTIPART/FORM-DATA'])(
    'with the media type spelled %s',
    async (spelling) => {
      const ticket = await ticketFor();
      const key = `assets/${orgId}/${randomUUID()}/evil.html`;
      const request = new Request(ticket.url, { method: 'POST', body: hostileForm(ticket, key) });
      const contentType = (request.headers.get('content-type') ?? '').replace(
        'multipart/form-data',
        spelling,
      );
      const body = new Uint8Array(await request.arrayBuffer());
      expectAccessDenied(
        await send(ticket.url, { method: 'POST', body, headers: { 'content-type': contentType } }),
      );
      expect(await stored(key)).toBe(false);
    },
  );

  it('a POST that is not a multipart form is refused', async () => {
    const ticket = await ticketFor();
    const body = new URLSearchParams({ ...ticket.fields, file: 'x' }).toString();
    expectAccessDenied(
      await send(ticket.url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect(await stored(ticket.fields.key as string)).toBe(false);
  });

  it('a form that meets its policy is stored under the ticket’s key, with or without a query string', async () => {
    const bytes = png(24, 24, 5);
    const ticket = await requestUpload(owner, orgId, 'badge', {
      contentType: 'image/png',
      contentLength: bytes.length,
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
    form.append('file', new Blob([bytes]), 'badge.png');
    const response = await send(`${ticket.url}?x=1`, { method: 'POST', body: form });
    expect(response.status, response.text).toBe(204);
    expect((await decided(owner, orgId, 'badge', ticket.uploadId)).body.status).toBe('accepted');
  });
});
