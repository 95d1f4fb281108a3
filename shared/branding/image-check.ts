import { crc32 } from 'node:zlib';
import { imageSize } from 'image-size';
import { type AssetLimits, type ImageType, imageTypes } from './domain/branding.ts';

export type ImageVerdict =
  | { ok: true; type: ImageType; width: number; height: number }
  | { ok: false; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type the bytes are, from their magic numbers (never from a name or a header). */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return 'image/jpeg';
  if (buffer.toString('latin1', 0, 4) === 'RIFF' && buffer.toString('latin1', 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  return undefined;
}

/** Every chunk whole with a good CRC, IHDR first, IDAT present, IEND last and nothing after it. */
function pngComplete(buffer: Buffer): boolean {
  let offset = 8;
  let first = true;
  let sawData = false;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > buffer.length) return false;
    const typeAndData = buffer.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== buffer.readUInt32BE(offset + 8 + length)) return false;
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    if (first && type !== 'IHDR') return false;
    first = false;
    if (type === 'IDAT') sawData = true;
    offset = end;
    if (type === 'IEND') return sawData && offset === buffer.length;
  }
  return false;
}

/** Segments whole up to the scan, and the end-of-image marker last. */
function jpegComplete(buffer: Buffer): boolean {
  if (buffer.length < 4 || buffer[buffer.length - 2] !== 0xff || buffer[buffer.length - 1] !== 0xd9)
    return false;
  let offset = 2;
  while (offset + 4 <= buffer.length) {
    if (buffer[offset] !== 0xff) return false;
    const marker = buffer[offset + 1] as number;
    const length = buffer.readUInt16BE(offset + 2);
    if (length < 2 || offset + 2 + length > buffer.length - 2) return false;
    if (marker === 0xda) return true; // start of scan: entropy-coded data runs to EOI
    offset += 2 + length;
  }
  return false;
}

/** The RIFF size covers the file exactly and the first chunk is an image chunk. */
function webpComplete(buffer: Buffer): boolean {
  if (buffer.length < 20 || buffer.readUInt32LE(4) + 8 !== buffer.length) return false;
  const chunk = buffer.toString('latin1', 12, 16);
  if (!['VP8 ', 'VP8L', 'VP8X'].includes(chunk)) return false;
  return 20 + buffer.readUInt32LE(16) <= buffer.length;
}

const complete: Record<ImageType, (buffer: Buffer) => boolean> = {
  'image/png': pngComplete,
  'image/jpeg': jpegComplete,
  'image/webp': webpComplete,
};

/**
 * Whether the bytes are a whole PNG, JPEG or WebP of the declared type, within the
 * asset's size and dimension limits. The reason is safe to show to the uploader.
 */
export function checkImage(bytes: Uint8Array, declaredType: string, limits: AssetLimits): ImageVerdict {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length > limits.maxBytes) {
    return { ok: false, reason: `The file is larger than ${limits.maxBytes} bytes.` };
  }
  const type = sniffImageType(buffer);
  if (!type) return { ok: false, reason: `Not a ${imageTypes.join(', ')} image.` };
  if (type !== declaredType) {
    return { ok: false, reason: `The file is ${type}, but ${declaredType} was declared.` };
  }
  if (!complete[type](buffer)) return { ok: false, reason: `The ${type} file is truncated or malformed.` };
  let size: { width?: number; height?: number };
  try {
    size = imageSize(buffer);
  } catch {
    return { ok: false, reason: `The ${type} file is malformed.` };
  }
  const { width = 0, height = 0 } = size;
  if (width > limits.maxWidth || height > limits.maxHeight) {
    return {
      ok: false,
      reason: `The image is ${width}×${height}; at most ${limits.maxWidth}×${limits.maxHeight} is allowed.`,
    };
  }
  if (width < limits.minWidth || height < limits.minHeight) {
    return {
      ok: false,
      reason: `The image is ${width}×${height}; at least ${limits.minWidth}×${limits.minHeight} is needed.`,
    };
  }
  return { ok: true, type, width, height };
}
