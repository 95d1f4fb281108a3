import { ASSET_PREFIX, UPLOAD_PREFIX } from '../../../shared/branding/domain/branding.ts';
import {
  BrandingAssetParams,
  BrandingUploadParams,
  BrandingUploadSchema,
  BrandingUploadTicketSchema,
  CreateBrandingUploadSchema,
} from '../../../shared/branding/schemas.ts';
import { defineRoutes } from '../../../shared/platform/http/route-definition.ts';

/** The branding area's routes: one definition each (see CONTRIBUTING.md). */
export const brandingRoutes = defineRoutes('branding', {
  createBrandingUpload: {
    route: 'POST /orgs/{orgId}/branding/{asset}/uploads',
    idempotent: true,
    summary: 'A presigned POST to upload the logo, banner or badge',
    description:
      'A presigned POST straight to storage: send every `fields` entry, then the file as `file`, as `multipart/form-data` to `url` before `expiresAt`. The signed policy fixes the key, the content type and the exact size, so storage refuses anything else. PNG, JPEG and WebP only (no SVG); `contentLength` at most 1 MiB for a logo or badge, 4 MiB for a banner. Once stored, the file is checked: its magic bytes must be a whole image of the declared type, within the asset’s dimensions (logo 16–2048 px, banner 64×16–4096×2048, badge 16–1024 px). An accepted file becomes `branding.{asset}Url` (a CDN URL of exactly the bytes checked; when two uploads race, the later confirmed one wins); anything else is deleted and the upload `rejected` with a reason. Poll the upload for the decision.',
    permission: 'org:settings',
    request: { params: BrandingAssetParams, body: CreateBrandingUploadSchema },
    responses: {
      201: {
        description: 'Where and how to upload',
        schema: BrandingUploadTicketSchema,
        headers: ['Location'],
      },
    },
    tableActions: ['GetItem', 'BatchGetItem', 'PutItem', 'ConditionCheckItem'],
    // a presigned POST is authorized as its signer: the route may put under uploads/ only
    storage: [{ actions: ['s3:PutObject'], prefix: UPLOAD_PREFIX }],
  },
  getBrandingUpload: {
    route: 'GET /orgs/{orgId}/branding/{asset}/uploads/{uploadId}',
    summary: 'Whether an upload was accepted or rejected (and why)',
    description:
      '`pending` until the file lands and is checked; then `accepted` (with the CDN `url`) or `rejected` (with the `reason`); still pending 5 minutes after `expiresAt` reads as `rejected` (no file arrived). An upload of another organization or asset is 404.',
    permission: 'org:settings',
    request: { params: BrandingUploadParams },
    responses: { 200: { description: 'The upload', schema: BrandingUploadSchema } },
    tableActions: ['GetItem', 'BatchGetItem'],
  },
  deleteBrandingAsset: {
    route: 'DELETE /orgs/{orgId}/branding/{asset}',
    summary: 'Clear the logo, banner or badge',
    description:
      'Sets `branding.{asset}Url` to null (uploaded or an https URL set with PATCH) and removes an uploaded image from storage.',
    permission: 'org:settings',
    request: { params: BrandingAssetParams },
    responses: { 204: { description: 'Cleared', schema: null } },
    errors: ['CONFLICT'],
    tableActions: ['GetItem', 'BatchGetItem', 'UpdateItem', 'PutItem', 'ConditionCheckItem'],
    storage: [{ actions: ['s3:DeleteObject'], prefix: ASSET_PREFIX }],
    invalidatesCdn: true,
  },
});
