import * as z from 'zod';
import { idSchema, isoDate } from '../platform/schemas.ts';
import { assetLimits, brandingAssets, imageTypes } from './domain/branding.ts';

export const BrandingAssetParams = z.object({
  orgId: idSchema,
  asset: z.enum(brandingAssets).meta({ description: 'Which image: `logo`, `banner` or `badge`' }),
});

export const BrandingUploadParams = BrandingAssetParams.extend({ uploadId: idSchema });

const limits = brandingAssets
  .map(
    (asset) =>
      `${asset} ≤ ${assetLimits[asset].maxBytes} bytes, ≤ ${assetLimits[asset].maxWidth}×${assetLimits[asset].maxHeight} px`,
  )
  .join('; ');

export const CreateBrandingUploadSchema = z
  .strictObject({
    contentType: z.enum(imageTypes, { error: `One of ${imageTypes.join(', ')} (no SVG).` }),
    contentLength: z
      .number()
      .int()
      .min(1)
      .meta({ description: `The file's exact size in bytes (${limits})` }),
  })
  .meta({ id: 'CreateBrandingUploadRequest', example: { contentType: 'image/png', contentLength: 48213 } });

export const BrandingUploadTicketSchema = z
  .object({
    uploadId: z.string(),
    url: z.string().meta({ format: 'uri', description: 'POST a multipart/form-data form here' }),
    fields: z
      .record(z.string(), z.string())
      .meta({ description: 'Every form field, in this order, before the `file` field' }),
    expiresAt: isoDate,
  })
  .meta({
    id: 'BrandingUploadTicket',
    description:
      'A presigned POST: send `fields` and then the file as the `file` field. Storage refuses a file of another size or type, or after `expiresAt`.',
    example: {
      uploadId: 'upl_8xK2mQ4vN7pL1sT9wR3yB6cF0hJ',
      url: 'https://orgs-branding.s3.eu-central-1.amazonaws.com/',
      fields: {
        'Content-Type': 'image/png',
        bucket: 'orgs-branding',
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': 'ASIA…/20261122/eu-central-1/s3/aws4_request',
        'X-Amz-Date': '20261122T100000Z',
        key: 'uploads/01JDX6Q4ZK8M3V7N2B5C9F0G1H/logo/upl_8xK2mQ4vN7pL1sT9wR3yB6cF0hJ',
        Policy: 'eyJleHBpcmF0aW9uIjoi…',
        'X-Amz-Signature': '5f0c…',
      },
      expiresAt: '2026-11-22T10:10:00.000Z',
    },
  });

export const BrandingUploadSchema = z
  .object({
    uploadId: z.string(),
    asset: z.enum(brandingAssets),
    status: z.enum(['pending', 'accepted', 'rejected']),
    reason: z.string().optional().meta({ description: 'Why the file was rejected' }),
    url: z.string().optional().meta({ format: 'uri', description: 'The CDN URL, once accepted' }),
    createdAt: isoDate,
    expiresAt: isoDate,
  })
  .meta({
    id: 'BrandingUpload',
    example: {
      uploadId: 'upl_8xK2mQ4vN7pL1sT9wR3yB6cF0hJ',
      asset: 'logo',
      status: 'rejected',
      reason: 'The file is image/jpeg, but image/png was declared.',
      createdAt: '2026-11-22T10:00:00.000Z',
      expiresAt: '2026-11-22T10:10:00.000Z',
    },
  });
