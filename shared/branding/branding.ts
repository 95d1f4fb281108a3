import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { actorStillAllowed } from '../members/access.ts';
import type { MemberRecord } from '../members/domain/membership.ts';
import { auditBy, auditPut } from '../orgs/audit.ts';
import { db, tableName } from '../platform/dynamo/client.ts';
import { ifConditionHolds } from '../platform/dynamo/conditions.ts';
import { getItem } from '../platform/dynamo/get-item.ts';
import { epochSeconds, withoutKeys } from '../platform/dynamo/items.ts';
import { keys } from '../platform/dynamo/keys.ts';
import { answer, type Conditioned, transactWrite } from '../platform/dynamo/transact.ts';
import { notFound } from '../platform/errors.ts';
import { type BrandingAsset, type ImageType, urlFieldOf } from './domain/branding.ts';

export type UploadStatus = 'pending' | 'accepted' | 'rejected';

export interface BrandingUploadRecord {
  id: string;
  orgId: string;
  asset: BrandingAsset;
  contentType: ImageType;
  contentLength: number;
  status: UploadStatus;
  reason?: string;
  /** the CDN URL, once accepted */
  url?: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  decidedAt?: string;
}

/**
 * Which accepted upload the org's asset URL comes from (a top-level attribute per asset,
 * `logoSource`…): the "later confirmed wins" comparison and the object to remove when replaced.
 */
export interface AssetSource {
  uploadId: string;
  assetPath: string;
  acceptedAt: string;
}

/** Upload records are kept a week: long enough to ask about them, then DynamoDB drops them. */
const UPLOAD_RECORD_DAYS = 7;

/** After its ticket expired, an upload that is still pending will not get a file (S3 refuses it). */
const NO_FILE_GRACE_MS = 5 * 60_000;

/** The upload as its owner sees it: pending past expiry (plus delivery slack) reads as rejected. */
export function toUploadResponse(upload: BrandingUploadRecord, now = Date.now()) {
  const { id, asset, status, reason, url, createdAt, expiresAt } = upload;
  const noFile = status === 'pending' && Date.parse(expiresAt) + NO_FILE_GRACE_MS < now;
  return noFile
    ? {
        uploadId: id,
        asset,
        status: 'rejected' as const,
        reason: 'No file arrived before the upload expired.',
        createdAt,
        expiresAt,
      }
    : { uploadId: id, asset, status, reason, url, createdAt, expiresAt };
}

export const sourceAttributeOf = (asset: BrandingAsset) => `${asset}Source` as const;

export async function putUpload(
  actor: MemberRecord,
  upload: BrandingUploadRecord,
  append: (upload: BrandingUploadRecord) => Conditioned[] = () => [],
) {
  await transactWrite([
    ...append(upload),
    actorStillAllowed(actor),
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.brandingUpload(upload.orgId, upload.id),
          type: 'brandingUpload',
          ...upload,
          ttl: epochSeconds(upload.createdAt) + UPLOAD_RECORD_DAYS * 86_400,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  ]);
  return upload;
}

export async function getUpload(orgId: string, uploadId: string): Promise<BrandingUploadRecord | undefined> {
  const item = await getItem(keys.brandingUpload(orgId, uploadId));
  return item ? (withoutKeys(item) as unknown as BrandingUploadRecord) : undefined;
}

/** The org's current source of an asset (consistent read), and whether the org exists. */
export async function getAssetSource(orgId: string, asset: BrandingAsset) {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.org(orgId),
      ConsistentRead: true,
      ProjectionExpression: 'id, #src',
      ExpressionAttributeNames: { '#src': sourceAttributeOf(asset) },
    }),
  );
  return { exists: Boolean(Item), source: Item?.[sourceAttributeOf(asset)] as AssetSource | undefined };
}

/** `#src` still names the upload that was read (or none): the compare-and-set of an asset. */
const sourceUnchanged = (current: AssetSource | undefined) =>
  current
    ? { expression: '#src.uploadId = :current', values: { ':current': current.uploadId } }
    : { expression: 'attribute_not_exists(#src)', values: {} };

export type AcceptOutcome = 'accepted' | 'already-decided' | 'source-changed' | 'org-deleting' | 'org-gone';

/**
 * One transaction: the upload goes from pending to accepted, the org's asset URL and source
 * become this upload's if the source is still the one read and the org is not scheduled for
 * deletion (a restore must bring back the org as it was), and the audit entry.
 */
export async function acceptUpload(
  upload: BrandingUploadRecord,
  accepted: AssetSource & { url: string; width: number; height: number },
  current: AssetSource | undefined,
): Promise<AcceptOutcome> {
  const unchanged = sourceUnchanged(current);
  const source: AssetSource = {
    uploadId: accepted.uploadId,
    assetPath: accepted.assetPath,
    acceptedAt: accepted.acceptedAt,
  };
  const result = await transactWrite<AcceptOutcome>([
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.brandingUpload(upload.orgId, upload.id),
          UpdateExpression: 'SET #status = :accepted, decidedAt = :at, #url = :url',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status', '#url': 'url' },
          ExpressionAttributeValues: {
            ':accepted': 'accepted',
            ':pending': 'pending',
            ':at': accepted.acceptedAt,
            ':url': accepted.url,
          },
        },
      },
      onConditionFailed: () => answer('already-decided'),
    },
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(upload.orgId),
          UpdateExpression:
            'SET branding.#field = :url, #src = :src, #version = #version + :one, updatedAt = :at',
          ConditionExpression: `attribute_exists(PK) AND attribute_not_exists(deleteAt) AND ${unchanged.expression}`,
          ExpressionAttributeNames: {
            '#field': urlFieldOf(upload.asset),
            '#src': sourceAttributeOf(upload.asset),
            '#version': 'version',
          },
          ExpressionAttributeValues: {
            ':url': accepted.url,
            ':src': source,
            ':one': 1,
            ':at': accepted.acceptedAt,
            ...unchanged.values,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) =>
        answer(!stored ? 'org-gone' : stored.deleteAt !== undefined ? 'org-deleting' : 'source-changed'),
    },
    auditPut({
      orgId: upload.orgId,
      actorId: upload.createdBy,
      action: 'org.branding_uploaded',
      target: { type: 'org', id: upload.orgId },
      details: {
        asset: upload.asset,
        uploadId: upload.id,
        url: accepted.url,
        width: accepted.width,
        height: accepted.height,
      },
      at: accepted.acceptedAt,
    }),
  ]);
  return result.committed ? 'accepted' : result.answer;
}

/** pending → rejected with a reason the uploader can read; an upload decided already stays as it is. */
export async function rejectUpload(
  upload: Pick<BrandingUploadRecord, 'orgId' | 'id'>,
  reason: string,
  at: string,
) {
  const rejected = await ifConditionHolds(
    db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.brandingUpload(upload.orgId, upload.id),
        UpdateExpression: 'SET #status = :rejected, reason = :reason, decidedAt = :at',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':rejected': 'rejected',
          ':pending': 'pending',
          ':reason': reason,
          ':at': at,
        },
      }),
    ),
  );
  return rejected !== undefined;
}

/**
 * Clears an asset (URL and source) if its source is still the one read, with the audit entry.
 * Returns false when it changed meanwhile (the caller reads again).
 */
export async function clearAsset(
  actor: MemberRecord,
  asset: BrandingAsset,
  current: AssetSource | undefined,
  at: string,
): Promise<boolean> {
  const unchanged = sourceUnchanged(current);
  const result = await transactWrite<boolean>([
    actorStillAllowed(actor),
    {
      item: {
        Update: {
          TableName: tableName(),
          Key: keys.org(actor.orgId),
          UpdateExpression:
            'SET branding.#field = :null, #version = #version + :one, updatedAt = :at REMOVE #src',
          ConditionExpression: `attribute_exists(PK) AND ${unchanged.expression}`,
          ExpressionAttributeNames: {
            '#field': urlFieldOf(asset),
            '#src': sourceAttributeOf(asset),
            '#version': 'version',
          },
          ExpressionAttributeValues: { ':null': null, ':one': 1, ':at': at, ...unchanged.values },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (stored) => (stored ? answer(false) : notFound('Organization')),
    },
    auditBy(actor, {
      action: 'org.branding_cleared',
      target: { type: 'org', id: actor.orgId },
      details: { asset },
      at,
    }),
  ]);
  return result.committed;
}
