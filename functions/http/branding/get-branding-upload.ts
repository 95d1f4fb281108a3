import { getUpload, toUploadResponse } from '../../../shared/branding/branding.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { brandingRoutes } from './routes.ts';

export const handler = route(brandingRoutes.getBrandingUpload, async ({ params }) => {
  // the key holds the org: another org's upload id is simply not here
  const upload = await getUpload(params.orgId, params.uploadId);
  if (!upload || upload.asset !== params.asset) throw notFound('Upload');
  return { body: toUploadResponse(upload) };
});
