import { type BrandingUploadRecord, putUpload } from '../../../shared/branding/branding.ts';
import { assetLimits, uploadKeyOf } from '../../../shared/branding/domain/branding.ts';
import { presignUpload, uploadTtlSeconds } from '../../../shared/branding/storage.ts';
import { newId } from '../../../shared/platform/domain/ids.ts';
import { validationFailed } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { idempotently } from '../../../shared/platform/idempotency/idempotency.ts';
import { brandingRoutes } from './routes.ts';

export const handler = route(
  brandingRoutes.createBrandingUpload,
  async ({ actor, params, body, idempotency }) => {
    const { maxBytes } = assetLimits[params.asset];
    if (body.contentLength > maxBytes) {
      throw validationFailed([
        { path: 'body.contentLength', message: `A ${params.asset} is at most ${maxBytes} bytes.` },
      ]);
    }
    const now = new Date();
    const ttl = uploadTtlSeconds();
    const upload: BrandingUploadRecord = {
      id: newId('upl'),
      orgId: params.orgId,
      asset: params.asset,
      contentType: body.contentType,
      contentLength: body.contentLength,
      status: 'pending',
      createdBy: actor.userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttl * 1000).toISOString(),
    };
    // signed before the record exists: a signing failure leaves nothing behind
    const post = await presignUpload({
      key: uploadKeyOf(upload.orgId, upload.asset, upload.id),
      ...body,
      expiresInSeconds: ttl,
    });
    const created = () => ({
      status: 201,
      body: { uploadId: upload.id, url: post.url, fields: post.fields, expiresAt: upload.expiresAt },
      headers: { location: `/orgs/${upload.orgId}/branding/${upload.asset}/uploads/${upload.id}` },
    });
    return idempotently(idempotency, created, (append) => putUpload(actor, upload, append));
  },
);
