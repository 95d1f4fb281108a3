import { getUpload, toUploadResponse } from '../../../shared/branding/branding.ts';
import { BrandingUploadParams } from '../../../shared/branding/schemas.ts';
import { authorize } from '../../../shared/members/access.ts';
import { notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';

export const handler = route({ params: BrandingUploadParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'org:update');
  // the key holds the org: another org's upload id is simply not here
  const upload = await getUpload(params.orgId, params.uploadId);
  if (!upload || upload.asset !== params.asset) throw notFound('Upload');
  return { body: toUploadResponse(upload) };
});
