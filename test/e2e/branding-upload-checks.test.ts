import { ListObjectsV2Command } from '@aws-sdk/client-s3';
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
 * the ticket promised: the org must still be live (not scheduled for deletion) when its asset
 * would change.
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
});
