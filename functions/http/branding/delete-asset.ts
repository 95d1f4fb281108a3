import { deleteAsset } from '../../../shared/branding/storage.ts';
import { authorize } from '../../../shared/data/access.ts';
import { clearAsset, getAssetSource } from '../../../shared/data/branding.ts';
import { nowIso } from '../../../shared/data/items.ts';
import { ApiError, notFound } from '../../../shared/http/errors.ts';
import { logger } from '../../../shared/http/logger.ts';
import { route } from '../../../shared/http/route.ts';
import { BrandingAssetParams } from '../../../shared/schemas/branding.ts';

const ATTEMPTS = 4;

export const handler = route({ params: BrandingAssetParams }, async ({ caller, params }) => {
  const actor = await authorize(params.orgId, caller, 'org:update');
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const { exists, source } = await getAssetSource(params.orgId, params.asset);
    if (!exists) throw notFound('Organization');
    if (!(await clearAsset(actor, params.asset, source, nowIso()))) continue;
    // the image is no longer shown: remove it (a failure leaves an unreferenced object, nothing else)
    if (source)
      await deleteAsset(source.assetPath).catch((error) => logger.warn('asset not removed', { error }));
    return { status: 204 };
  }
  throw new ApiError('CONFLICT', 'The asset is being changed concurrently. Retry.');
});
