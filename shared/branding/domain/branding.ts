/** The organization's images: which exist, what each may be, and where they live in storage. */

export const brandingAssets = ['logo', 'banner', 'badge'] as const;
export type BrandingAsset = (typeof brandingAssets)[number];

/** PNG, JPEG and WebP only: no SVG (it can carry script), nothing the checker cannot sniff. */
export const imageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof imageTypes)[number];

export const extensionOf: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

const MiB = 1024 * 1024;

export interface AssetLimits {
  maxBytes: number;
  minWidth: number;
  minHeight: number;
  maxWidth: number;
  maxHeight: number;
}

export const assetLimits: Record<BrandingAsset, AssetLimits> = {
  logo: { maxBytes: 1 * MiB, minWidth: 16, minHeight: 16, maxWidth: 2048, maxHeight: 2048 },
  banner: { maxBytes: 4 * MiB, minWidth: 64, minHeight: 16, maxWidth: 4096, maxHeight: 2048 },
  badge: { maxBytes: 1 * MiB, minWidth: 16, minHeight: 16, maxWidth: 1024, maxHeight: 1024 },
};

/** The org's `branding` field an asset sets. */
export const urlFieldOf = (asset: BrandingAsset) => `${asset}Url` as const;

/** Where a presigned POST may write: checked by nobody yet, never served. */
export const uploadKeyOf = (orgId: string, asset: BrandingAsset, uploadId: string) =>
  `uploads/${orgId}/${asset}/${uploadId}`;

export const UPLOAD_PREFIX = 'uploads/';
/** Accepted images only (the CDN serves this prefix and nothing else). */
export const ASSET_PREFIX = 'assets/';

/**
 * An accepted image: written once by the checker with the very bytes it checked, so the
 * key names one immutable object (the digest tells two versions of one upload apart).
 */
export const assetPathOf = (
  orgId: string,
  asset: BrandingAsset,
  uploadId: string,
  sha256: string,
  type: ImageType,
) => `${orgId}/${asset}/${uploadId}/${sha256}.${extensionOf[type]}`;

/** `uploads/{orgId}/{asset}/{uploadId}` → its parts; undefined for any other key. */
export function parseUploadKey(key: string) {
  const match = /^uploads\/([A-Za-z0-9_-]{1,128})\/(logo|banner|badge)\/([A-Za-z0-9_-]{1,64})$/.exec(key);
  if (!match) return undefined;
  return { orgId: match[1] as string, asset: match[2] as BrandingAsset, uploadId: match[3] as string };
}
