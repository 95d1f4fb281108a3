import { authorize } from '../../../shared/data/access.ts';
import { getUpload, toUploadResponse } from '../../../shared/data/branding.ts';
import { notFound } from '../../../shared/http/errors.ts';
import { route } from '../../../shared/http/route.ts';
import { BrandingUploadParams } from '../../../shared/schemas/branding.ts';

export const handler = route({ params: BrandingUploadParams }, async ({ caller, params }) => {
  await authorize(params.orgId, caller, 'org:update');
  // the key holds the org: another org's upload id is simply not here
  const upload = await getUpload(params.orgId, params.uploadId);
  if (!upload || upload.asset !== params.asset) throw notFound('Upload');
  return { body: toUploadResponse(upload) };
});
