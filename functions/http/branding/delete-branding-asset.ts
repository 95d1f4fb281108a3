import { clearAsset, getAssetSource } from '../../../shared/branding/branding.ts';
import { deleteAsset } from '../../../shared/branding/storage.ts';
import { nowIso } from '../../../shared/platform/dynamo/items.ts';
import { ApiError, notFound } from '../../../shared/platform/errors.ts';
import { route } from '../../../shared/platform/http/route.ts';
import { logger } from '../../../shared/platform/logger.ts';
import { brandingRoutes } from './routes.ts';

const ATTEMPTS = 4;

export const handler = route(brandingRoutes.deleteBrandingAsset, async ({ actor, params }) => {
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
