import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { getUpload } from '../../shared/branding/branding.ts';
import { brandingBucket, s3 } from '../../shared/branding/storage.ts';
import { api, newUser } from '../support/http.ts';
import { png } from '../support/images.ts';
import { expectStatus } from '../support/members.ts';
import { createOrgFor, scheduleDeletion } from '../support/orgs.ts';
import { postToStorage, requestUpload } from '../support/uploads.ts';
import { until } from '../support/wait.ts';

/**
 * The upload checker (functions/branding/check-upload.ts) decides on what is stored, not on what
 * the ticket promised: the object must have the ticket's size, and the org must still be live
 * (not scheduled for deletion) when its asset would change.
 */

/** The upload once the checker decided, read from the table (the API hides an org being deleted). */
const decidedUpload = (orgId: string, uploadId: string) =>
  until(
    () => getUpload(orgId, uploadId),
    (upload) => upload !== undefined && upload.status !== 'pending',
    `upload ${uploadId} decided`,
  );

async function storedKeys(prefix: string) {
  const listing = await s3().send(new ListObjectsV2Command({ Bucket: brandingBucket(), Prefix: prefix }));
  return (listing.Contents ?? []).map((object) => object.Key);
}

describe('the upload checker', () => {
  it('rejects a file that arrives while the org is scheduled for deletion: a restore brings back no logo', async () => {
    const owner = await newUser({ name: 'Deleting Owner' });
    const orgId = (await createOrgFor(owner)).id;
    const bytes = png(48, 48, 71);
    const ticket = await requestUpload(owner, orgId, 'logo', {
      contentType: 'image/png',
      contentLength: bytes.length,
    });
    await scheduleDeletion(owner, orgId);

    const stored = await postToStorage(ticket, bytes);
    expect(stored.status, stored.text).toBe(204);
    const upload = await decidedUpload(orgId, ticket.uploadId);
    expect(upload).toMatchObject({
      status: 'rejected',
      reason: 'The organization is scheduled for deletion.',
    });
    expect(upload?.url).toBeUndefined();

    expectStatus(await api('POST', `/orgs/${orgId}/restore`, { token: owner.token }), 200);
    const org = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expect(org.body.branding.logoUrl).toBeNull();
    expect(await storedKeys(`assets/${orgId}/`)).toEqual([]);
    expect(await storedKeys(`uploads/${orgId}/`)).toEqual([]);
  });

  it.each([
    ['larger than', 100],
    ['smaller than', 700],
  ])('rejects a stored object %s the size its ticket fixed', async (_, contentLength) => {
    const owner = await newUser({ name: 'Size Owner' });
    const orgId = (await createOrgFor(owner)).id;
    const ticket = await requestUpload(owner, orgId, 'logo', { contentType: 'image/png', contentLength });
    // a whole, valid PNG (637 bytes) written under the ticket's key by a client that bypasses the POST policy
    const bytes = png(16, 16, 0);
    expect(bytes.length).not.toBe(contentLength);
    await s3().send(
      new PutObjectCommand({
        Bucket: brandingBucket(),
        Key: ticket.fields.key,
        Body: bytes,
        ContentType: 'image/png',
      }),
    );
    const upload = await decidedUpload(orgId, ticket.uploadId);
    expect(upload).toMatchObject({
      status: 'rejected',
      reason: `The file has ${bytes.length} bytes; the upload was asked for ${contentLength}.`,
    });
    const org = await api('GET', `/orgs/${orgId}`, { token: owner.token });
    expect(org.body.branding.logoUrl).toBeNull();
    expect(await storedKeys(`assets/${orgId}/`)).toEqual([]);
    expect(await storedKeys(`uploads/${orgId}/`)).toEqual([]);
  });
});
