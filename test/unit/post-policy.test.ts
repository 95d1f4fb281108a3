import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { describe, expect, it } from 'vitest';
import { checkPostPolicy } from '../../infra/local/post-policy.ts';

/** The local storage's POST-policy check against policies signed by the real AWS SDK. */
const client = new S3Client({
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  endpoint: 'http://127.0.0.1:1',
  forcePathStyle: true,
});
const secretOf = (id: string) => (id === 'local' ? 'local' : undefined);

async function ticket(expires = 60) {
  const { fields } = await createPresignedPost(client, {
    Bucket: 'b',
    Key: 'uploads/o/logo/u',
    Conditions: [
      ['eq', '$Content-Type', 'image/png'],
      ['content-length-range', 100, 100],
    ],
    Fields: { 'Content-Type': 'image/png' },
    Expires: expires,
  });
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name.toLowerCase(), value]));
}

describe('S3 POST policy (local storage)', () => {
  it('accepts the upload the policy describes', async () => {
    expect(checkPostPolicy({ bucket: 'b', fields: await ticket(), fileSize: 100 }, secretOf)).toBeUndefined();
  });

  it('refuses another bucket, key, type or size, an extra field, an expired or forged policy', async () => {
    const fields = await ticket();
    const refused = (upload: Partial<Parameters<typeof checkPostPolicy>[0]>) =>
      checkPostPolicy({ bucket: 'b', fields, fileSize: 100, ...upload }, secretOf);
    expect(refused({ bucket: 'other' })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(refused({ fields: { ...fields, key: 'assets/x.png' } })).toMatchObject({ status: 403 });
    expect(refused({ fields: { ...fields, 'content-type': 'text/html' } })).toMatchObject({ status: 403 });
    expect(refused({ fileSize: 101 })).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect(refused({ fileSize: 99 })).toMatchObject({ status: 400, code: 'EntityTooSmall' });
    expect(refused({ fields: { ...fields, 'cache-control': 'no-store' } })).toMatchObject({
      status: 403,
      message: expect.stringMatching(/Extra input fields: cache-control/),
    });
    expect(refused({ fields: { ...fields, 'x-amz-signature': '00'.repeat(32) } })).toMatchObject({
      status: 403,
      message: expect.stringMatching(/signature/),
    });
    const { policy: _policy, ...withoutPolicy } = fields;
    expect(refused({ fields: withoutPolicy })).toMatchObject({ status: 403 });
    expect(refused({ fields: await ticket(-1) })).toMatchObject({
      status: 403,
      message: expect.stringMatching(/expired/),
    });
    expect(checkPostPolicy({ bucket: 'b', fields, fileSize: 100 }, () => undefined)).toMatchObject({
      status: 403,
    });
  });
});
