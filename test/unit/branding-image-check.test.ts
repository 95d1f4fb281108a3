import { describe, expect, it } from 'vitest';
import { assetLimits } from '../../shared/branding/domain/branding.ts';
import { checkImage, sniffImageType } from '../../shared/branding/image-check.ts';
import { html, jpeg, png, svg, webp } from '../support/images.ts';

const logo = assetLimits.logo;

describe('branding image check', () => {
  it.each([
    ['image/png', png(40, 30)],
    ['image/jpeg', jpeg(40, 30)],
    ['image/webp', webp(40, 30)],
  ] as const)('accepts a whole %s and reads its dimensions', (type, bytes) => {
    expect(sniffImageType(bytes)).toBe(type);
    expect(checkImage(bytes, type, logo)).toEqual({ ok: true, type, width: 40, height: 30 });
  });

  it('refuses HTML and SVG whatever they are declared as', () => {
    expect(checkImage(html, 'image/png', logo)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Not a/),
    });
    expect(checkImage(svg, 'image/png', logo)).toMatchObject({ ok: false });
    expect(sniffImageType(svg)).toBeUndefined();
  });

  it('refuses a type other than the declared one', () => {
    expect(checkImage(png(20, 20), 'image/jpeg', logo)).toEqual({
      ok: false,
      reason: 'The file is image/png, but image/jpeg was declared.',
    });
  });

  it.each([
    ['image/png', png(40, 30)],
    ['image/jpeg', jpeg(40, 30)],
    ['image/webp', webp(40, 30)],
  ] as const)('refuses a truncated %s', (type, bytes) => {
    for (const cut of [bytes.length - 1, bytes.length - 2, Math.floor(bytes.length / 2)]) {
      expect(checkImage(bytes.subarray(0, cut), type, logo)).toMatchObject({ ok: false });
    }
  });

  it('refuses a PNG whose chunk CRC is wrong or that has bytes after IEND', () => {
    const bytes = Buffer.from(png(20, 20));
    bytes[40] = (bytes[40] as number) ^ 0xff;
    expect(checkImage(bytes, 'image/png', logo)).toMatchObject({ ok: false });
    const trailing = Buffer.concat([png(20, 20), Buffer.from('<script>')]);
    expect(checkImage(trailing, 'image/png', logo)).toMatchObject({ ok: false });
  });

  it('refuses dimensions and sizes beyond the asset limits', () => {
    expect(checkImage(png(2049, 20), 'image/png', logo)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/at most 2048×2048/),
    });
    expect(checkImage(webp(8, 8), 'image/webp', logo)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/at least/),
    });
    expect(checkImage(png(40, 30), 'image/png', { ...logo, maxBytes: 50 })).toMatchObject({
      ok: false,
      reason: 'The file is larger than 50 bytes.',
    });
  });
});
