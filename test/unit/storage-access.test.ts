import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { type StorageRequest, storageAccess, verifySignature } from '../../infra/local/storage-access.ts';

/**
 * The local storage's access decision (infra/local/storage-access.ts) against requests signed by
 * the real AWS SDK: captured on their way out (no server), then checked as S3 would check them.
 */

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const secretOf = (id: string) => (id === 'local' ? 'local' : undefined);
const bucket = 'orgs-branding-local';

interface OutgoingRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
}

/** The query string as the SDK's HTTP handler writes it. */
const uriEscape = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
const queryString = (query: OutgoingRequest['query'] = {}) =>
  Object.keys(query)
    .sort()
    .flatMap((name) => {
      const value = query[name];
      if (value === null || value === undefined) return [uriEscape(name)];
      return (Array.isArray(value) ? value : [value]).map((item) => `${uriEscape(name)}=${uriEscape(item)}`);
    })
    .join('&');

const asReceived = (request: OutgoingRequest): StorageRequest => {
  const query = queryString(request.query);
  return {
    method: request.method,
    url: query ? `${request.path}?${query}` : request.path,
    headers: Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
    ),
  };
};

function capturingClient() {
  const sent: OutgoingRequest[] = [];
  const requestHandler = {
    handle: async (request: OutgoingRequest) => {
      sent.push(request);
      throw new Error('captured, not sent');
    },
  };
  const client = new S3Client({
    region: 'us-east-1',
    credentials,
    endpoint: 'http://127.0.0.1:4569',
    forcePathStyle: true,
    maxAttempts: 1,
    requestHandler: requestHandler as unknown as S3ClientConfig['requestHandler'],
  });
  return { client, sent };
}

type Call = (client: S3Client) => Promise<unknown>;

async function signedBySdk(call: Call): Promise<StorageRequest> {
  const { client, sent } = capturingClient();
  await call(client).catch(() => undefined);
  const [request] = sent;
  if (!request) throw new Error('nothing was sent');
  return asReceived(request);
}

const putUpload: Call = (client) =>
  client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: 'uploads/o/logo/u',
      Body: 'bytes',
      ContentType: 'image/png',
    }),
  );

const calls: [string, Call][] = [
  ['PutObject', putUpload],
  [
    'PutObject (a key to escape)',
    (client) =>
      client.send(new PutObjectCommand({ Bucket: bucket, Key: 'assets/o/a b+c/ü (1).png', Body: 'x' })),
  ],
  [
    'GetObject (a version)',
    (client) =>
      client.send(new GetObjectCommand({ Bucket: bucket, Key: 'uploads/o/logo/u', VersionId: 'v1' })),
  ],
  [
    'ListObjectsV2 (the bucket, a prefix and a token)',
    (client) =>
      client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: 'assets/o/', ContinuationToken: 'a/b=c' }),
      ),
  ],
  [
    'DeleteObjects (POST ?delete)',
    (client) =>
      client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: 'assets/o/x' }] } })),
  ],
];

describe('local storage: SigV4 as S3 checks it', () => {
  it.each(calls)('%s signed by the SDK passes', async (_name, call) => {
    const request = await signedBySdk(call);
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(verifySignature(request, secretOf)).toBeUndefined();
    expect(storageAccess(request, bucket, secretOf)).toEqual({ kind: 'signed' });
  });

  it('a changed method, path, query, signed header or signature no longer matches', async () => {
    const request = await signedBySdk(putUpload);
    const changed = (change: Partial<StorageRequest>) => verifySignature({ ...request, ...change }, secretOf);
    const mismatch = { status: 403, code: 'SignatureDoesNotMatch' };
    expect(changed({ method: 'DELETE' })).toMatchObject(mismatch);
    expect(changed({ url: request.url.replace('uploads/o', 'assets/o') })).toMatchObject(mismatch);
    expect(changed({ url: `${request.url}?acl` })).toMatchObject(mismatch);
    expect(changed({ headers: { ...request.headers, 'content-type': 'text/html' } })).toMatchObject(mismatch);
    const authorization = String(request.headers.authorization).replace(
      /Signature=\w+/,
      `Signature=${'0'.repeat(64)}`,
    );
    expect(changed({ headers: { ...request.headers, authorization } })).toMatchObject(mismatch);
  });

  it('another secret, an unknown key, a stale date or no signature at all is refused', async () => {
    const request = await signedBySdk(putUpload);
    expect(verifySignature(request, () => 'another secret')).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(verifySignature(request, () => undefined)).toMatchObject({
      status: 403,
      code: 'InvalidAccessKeyId',
    });
    expect(verifySignature(request, secretOf, new Date(Date.now() + 20 * 60_000))).toMatchObject({
      status: 403,
      code: 'RequestTimeTooSkewed',
    });
    const { authorization: _, ...unsigned } = request.headers;
    expect(verifySignature({ ...request, headers: unsigned }, secretOf)).toMatchObject({ status: 403 });
    expect(
      verifySignature(
        { ...request, headers: { ...request.headers, authorization: 'AWS local:c2lnbmF0dXJl' } },
        secretOf,
      ),
    ).toMatchObject({ status: 400, code: 'AuthorizationHeaderMalformed' });
  });
});

describe('local storage: presigned URLs (query authentication)', () => {
  async function presigned(path: string, expiresIn: number) {
    const { client } = capturingClient();
    // the client's own S3 signer, as @aws-sdk/s3-request-presigner uses it (with an unsigned payload)
    const signerOf = client.config.signer as unknown as () => Promise<{
      presign: (request: unknown, options: { expiresIn: number }) => Promise<OutgoingRequest>;
    }>;
    const request = { method: 'GET', protocol: 'http:', hostname: '127.0.0.1', port: 4569, path, query: {} };
    return asReceived(
      await (await signerOf()).presign(
        { ...request, headers: { host: '127.0.0.1:4569', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } },
        { expiresIn },
      ),
    );
  }

  it('pass until they expire, for the object they name', async () => {
    const request = await presigned(`/${bucket}/uploads/o/logo/u`, 60);
    expect(request.url).toContain('X-Amz-Signature=');
    expect(storageAccess(request, bucket, secretOf)).toEqual({ kind: 'signed' });
    expect(verifySignature(request, secretOf, new Date(Date.now() + 61_000))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
    expect(
      verifySignature({ ...request, url: request.url.replace('uploads/o', 'uploads/p') }, secretOf),
    ).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(verifySignature({ ...request, method: 'PUT' }, secretOf)).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
  });
});

describe('local storage: who gets through without a signature', () => {
  const anonymous = (method: string, url: string, headers: Record<string, string> = {}) =>
    storageAccess({ method, url, headers }, bucket, secretOf);
  const denied = { kind: 'refused', refusal: { status: 403, code: 'AccessDenied' } };

  it('form POSTs to the bucket, whatever the query string and however the media type is spelled', () => {
    for (const url of [
      `/${bucket}`,
      `/${bucket}/`,
      `/${bucket}?x=1`,
      `/${bucket}/?uploads`,
      `/${bucket}?delete`,
    ]) {
      for (const type of [
        'multipart/form-data; boundary=b',
        'Multipart/Form-Data; boundary=b',
        'MULTIPART/FORM-DATA',
      ]) {
        expect(anonymous('POST', url, { 'content-type': type }), `${url} ${type}`).toEqual({
          kind: 'form-post',
          bucket,
        });
      }
    }
    expect(
      anonymous('POST', `/${bucket}`, { 'content-type': 'application/x-www-form-urlencoded' }),
    ).toMatchObject(denied);
    expect(
      anonymous('POST', `/${bucket}/assets/x`, { 'content-type': 'multipart/form-data; boundary=b' }),
    ).toMatchObject(denied);
  });

  it('reads of assets/ only, without a query string or a dot segment', () => {
    expect(anonymous('GET', `/${bucket}/assets/o/logo/u/abc.png`)).toEqual({ kind: 'public-read' });
    expect(anonymous('HEAD', `/${bucket}/assets/o/logo/u/abc.png`)).toEqual({ kind: 'public-read' });
    for (const url of [
      `/${bucket}/uploads/o/logo/u`,
      `/${bucket}/assets/o/x.png?acl`,
      `/${bucket}/assets/o/../../uploads/o/logo/u`,
      `/${bucket}/assets/o/%2e%2e/%2E%2E/uploads/o/logo/u`,
      `/${bucket}/assets/o/%5c..%5cuploads`,
      `/${bucket}`,
      `/${bucket}?list-type=2`,
      '/',
    ]) {
      expect(anonymous('GET', url), url).toMatchObject(denied);
    }
  });

  it('writes, deletes and bucket calls are refused; CORS preflights pass', () => {
    expect(anonymous('PUT', `/${bucket}/assets/o/evil.html`)).toMatchObject(denied);
    expect(anonymous('DELETE', `/${bucket}/assets/o/x.png`)).toMatchObject(denied);
    expect(anonymous('PUT', `/${bucket}?cors`)).toMatchObject(denied);
    expect(anonymous('OPTIONS', `/${bucket}`)).toEqual({ kind: 'preflight' });
  });
});
