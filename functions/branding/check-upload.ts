import { createHash } from 'node:crypto';
import type { S3ObjectCreatedNotificationEvent } from 'aws-lambda';
import {
  type AcceptOutcome,
  type AssetSource,
  acceptUpload,
  type BrandingUploadRecord,
  getAssetSource,
  getUpload,
  rejectUpload,
} from '../../shared/branding/branding.ts';
import {
  assetLimits,
  assetPathOf,
  parseUploadKey,
  UPLOAD_PREFIX,
} from '../../shared/branding/domain/branding.ts';
import { checkImage } from '../../shared/branding/image-check.ts';
import { cdnUrlOf, deleteAsset, deleteObject, putAsset, readObject } from '../../shared/branding/storage.ts';
import { nowIso } from '../../shared/platform/dynamo/items.ts';
import { componentLogger } from '../../shared/platform/logger.ts';

// not the HTTP logger: locally every handler shares one process (and the HTTP logger's request context)
const logger = componentLogger('checkBrandingUpload');

/** Compare-and-set attempts when another upload of the same asset lands at the same moment. */
const ATTEMPTS = 5;

type Outcome = AcceptOutcome | 'superseded';

/**
 * S3 "Object Created" under `uploads/` (deployed: the bucket's EventBridge notification
 * through a rule; locally: the storage's event in the same shape). Every object is either
 * published or deleted: the bytes are sniffed and measured, never trusted from the
 * client; the accepted bytes are written once
 * under `assets/` (the only prefix the CDN serves) and become the org's asset in one
 * conditional write. Safe to run twice for the same object (S3 delivers at least once):
 * a failure throws, and the retry finds the upload decided or carries on.
 */
export const handler = async (event: S3ObjectCreatedNotificationEvent): Promise<void> => {
  const { key, 'version-id': versionId } = event.detail.object;
  await check(key, versionId || undefined);
};

/** Later confirmation wins; the upload id breaks a tie in the same millisecond. */
const isLater = (a: AssetSource, b: Pick<AssetSource, 'acceptedAt' | 'uploadId'>) =>
  a.acceptedAt > b.acceptedAt || (a.acceptedAt === b.acceptedAt && a.uploadId > b.uploadId);

async function check(key: string, versionId: string | undefined) {
  if (!key.startsWith(UPLOAD_PREFIX)) return;
  const parsed = parseUploadKey(key);
  const upload = parsed && (await getUpload(parsed.orgId, parsed.uploadId));
  if (!parsed || !upload || upload.asset !== parsed.asset || upload.status !== 'pending') {
    // never signed for, or a second POST with a policy already used: not looked at, not kept
    logger.info('unexpected upload object removed', { key, status: upload?.status });
    await deleteObject(key);
    return;
  }

  const limits = assetLimits[upload.asset];
  const object = await readObject(key, versionId, limits.maxBytes);
  if (!object) return; // removed by an earlier delivery of this event
  if (object.tooLarge) return reject(upload, key, `The file is larger than ${limits.maxBytes} bytes.`);
  // the POST policy fixes the size, but an object written another way is not held to it: the stored size counts
  if (object.bytes.length !== upload.contentLength) {
    return reject(
      upload,
      key,
      `The file has ${object.bytes.length} bytes; the upload was asked for ${upload.contentLength}.`,
    );
  }
  if (object.contentType !== upload.contentType) {
    return reject(upload, key, `The file was stored as ${object.contentType}, not ${upload.contentType}.`);
  }
  const verdict = checkImage(object.bytes, upload.contentType, limits);
  if (!verdict.ok) return reject(upload, key, verdict.reason);

  const sha256 = createHash('sha256').update(object.bytes).digest('hex');
  const assetPath = assetPathOf(upload.orgId, upload.asset, upload.id, sha256, verdict.type);
  await putAsset(assetPath, object.bytes, verdict.type);
  const url = cdnUrlOf(assetPath);
  const acceptedAt = nowIso();

  let outcome: Outcome = 'source-changed';
  let replaced: AssetSource | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS && outcome === 'source-changed'; attempt++) {
    const { exists, source } = await getAssetSource(upload.orgId, upload.asset);
    replaced = source;
    if (!exists) outcome = 'org-gone';
    else if (source && isLater(source, { acceptedAt, uploadId: upload.id })) outcome = 'superseded';
    else {
      outcome = await acceptUpload(
        upload,
        { uploadId: upload.id, assetPath, acceptedAt, url, width: verdict.width, height: verdict.height },
        source,
      );
    }
  }
  if (outcome === 'source-changed') throw new Error(`${upload.asset} of ${upload.orgId} kept changing`);

  await deleteObject(key);
  if (outcome === 'accepted') {
    if (replaced && replaced.assetPath !== assetPath) await deleteAsset(replaced.assetPath);
    logger.info('upload accepted', { orgId: upload.orgId, uploadId: upload.id, url });
    return;
  }
  if (outcome === 'already-decided') {
    // another delivery of this event decided: keep the object only if it is the one it published
    const decided = await getUpload(upload.orgId, upload.id);
    if (decided?.url !== url) await deleteAsset(assetPath);
    return;
  }
  await deleteAsset(assetPath);
  await reject(upload, key, refusals[outcome](upload));
}

const refusals: Record<
  Exclude<Outcome, 'accepted' | 'already-decided' | 'source-changed'>,
  (upload: BrandingUploadRecord) => string
> = {
  superseded: (upload) => `Another upload of the ${upload.asset}, confirmed later, is shown instead.`,
  'org-deleting': () => 'The organization is scheduled for deletion.',
  'org-gone': () => 'The organization no longer exists.',
};

/** The object goes, the upload says why. */
async function reject(upload: BrandingUploadRecord, key: string, reason: string) {
  await deleteObject(key);
  await rejectUpload(upload, reason, nowIso());
  logger.info('upload rejected', { orgId: upload.orgId, uploadId: upload.id, reason });
}
