import { randomUUID } from 'node:crypto';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { awsClient } from '../platform/aws-clients.ts';
import { awsRequestHandler } from '../platform/config/budgets.ts';
import { env, requiredEnv } from '../platform/config/env.ts';
import { ASSET_PREFIX, type ImageType, UPLOAD_PREFIX } from './domain/branding.ts';

let client: S3Client | undefined;

/** One client per container; `S3_ENDPOINT` points it at the local storage (path-style). */
export function s3(): S3Client {
  if (!client) {
    const endpoint = env().S3_ENDPOINT;
    client = awsClient(
      's3',
      new S3Client({
        endpoint,
        forcePathStyle: Boolean(endpoint),
        maxAttempts: 3,
        requestHandler: awsRequestHandler({
          connectionTimeoutMs: 1000,
          requestTimeoutMs: 5000,
          maxAttempts: 3,
        }),
      }),
    );
  }
  return client;
}

export const brandingBucket = () => requiredEnv('BRANDING_BUCKET');
/** where the CDN serves `assets/` (deployed: the CloudFront distribution; locally: the bucket's URL) */
export const cdnBaseUrl = () => requiredEnv('BRANDING_CDN_URL').replace(/\/$/, '');
/** how long a presigned POST is valid */
export const uploadTtlSeconds = () => env().BRANDING_UPLOAD_TTL_SECONDS;

export const cdnUrlOf = (assetPath: string) => `${cdnBaseUrl()}/${assetPath}`;
/** The asset path of a URL this deployment's CDN serves; undefined for any other URL. */
export function assetPathOfUrl(url: string | null | undefined): string | undefined {
  const base = `${cdnBaseUrl()}/`;
  return url?.startsWith(base) ? url.slice(base.length) : undefined;
}

/**
 * A browser-form POST straight to the bucket whose signed policy fixes the key, the
 * content type and the exact size, valid for `expiresInSeconds`.
 */
export async function presignUpload(input: {
  key: string;
  contentType: ImageType;
  contentLength: number;
  expiresInSeconds: number;
}) {
  return createPresignedPost(s3(), {
    Bucket: brandingBucket(),
    Key: input.key,
    Conditions: [
      ['eq', '$Content-Type', input.contentType],
      ['content-length-range', input.contentLength, input.contentLength],
    ],
    Fields: { 'Content-Type': input.contentType },
    Expires: input.expiresInSeconds,
  });
}

/** The object's bytes (at most `maxBytes + 1` are read) and stored type; undefined when gone. */
export async function readObject(key: string, versionId: string | undefined, maxBytes: number) {
  try {
    const object = await s3().send(
      new GetObjectCommand({ Bucket: brandingBucket(), Key: key, VersionId: versionId }),
    );
    if ((object.ContentLength ?? 0) > maxBytes) {
      object.Body?.transformToWebStream().cancel();
      return { tooLarge: true as const, contentType: object.ContentType };
    }
    const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
    return { tooLarge: false as const, bytes, contentType: object.ContentType };
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

/** Writes accepted bytes under assets/: immutable, so cached for a year. */
export async function putAsset(assetPath: string, bytes: Uint8Array, type: ImageType) {
  await s3().send(
    new PutObjectCommand({
      Bucket: brandingBucket(),
      Key: `${ASSET_PREFIX}${assetPath}`,
      Body: bytes,
      ContentType: type,
      CacheControl: 'public, max-age=31536000, immutable',
    }),
  );
}

export async function deleteObject(key: string) {
  await s3().send(new DeleteObjectCommand({ Bucket: brandingBucket(), Key: key }));
}

let cdn: CloudFrontClient | undefined;

/**
 * Makes the CDN drop what it cached under these paths (below the bucket's root, `*` allowed):
 * accepted images are cached for a year, so a deleted one would otherwise stay served. Deployed
 * only (`BRANDING_DISTRIBUTION_ID`); the local stack's "CDN" is the storage itself.
 */
export async function invalidateCdn(paths: string[]) {
  const distributionId = env().BRANDING_DISTRIBUTION_ID;
  if (!distributionId || paths.length === 0) return;
  cdn ??= awsClient(
    'cloudfront',
    new CloudFrontClient({ endpoint: env().CLOUDFRONT_ENDPOINT, maxAttempts: 3 }),
  );
  await cdn.send(
    new CreateInvalidationCommand({
      DistributionId: distributionId,
      InvalidationBatch: {
        CallerReference: randomUUID(),
        Paths: { Quantity: paths.length, Items: paths.map((path) => `/${path}`) },
      },
    }),
  );
}

/** Deletes an accepted image and makes the CDN forget it. */
export async function deleteAsset(assetPath: string) {
  await deleteObject(`${ASSET_PREFIX}${assetPath}`);
  await invalidateCdn([`${ASSET_PREFIX}${assetPath}`]);
}

/**
 * Deletes every object of an organization: its unchecked uploads and its accepted assets
 * (both keyed under the org's id). In the versioned bucket each becomes a noncurrent
 * version that the lifecycle rules expire (1 day for uploads, 7 for assets), and the CDN
 * is told to drop its cached copies. Idempotent: a second run deletes nothing. Returns how
 * many objects it deleted.
 */
export async function deleteOrgObjects(orgId: string): Promise<number> {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(orgId)) throw new Error(`not an organization id: ${orgId}`);
  let deleted = 0;
  for (const prefix of [`${UPLOAD_PREFIX}${orgId}/`, `${ASSET_PREFIX}${orgId}/`]) {
    let token: string | undefined;
    do {
      const page = await s3().send(
        new ListObjectsV2Command({ Bucket: brandingBucket(), Prefix: prefix, ContinuationToken: token }),
      );
      const found = (page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : []));
      await Promise.all(found.map((key) => deleteObject(key)));
      deleted += found.length;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
  // every run, not only one that deleted something: a purge retried after a failed invalidation still makes it
  await invalidateCdn([`${ASSET_PREFIX}${orgId}/*`]);
  return deleted;
}
