// Decoding, validation, facts and derivative against the real sharp/libvips, on generated inputs
// (libs/imaging/test-fixtures/special-inputs.ts). No broker needed; it sits in the int project because
// it exercises a native library.

import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSpecialInputs, type SpecialInputs } from '../test-fixtures/special-inputs';
import { cacheFingerprint } from './fingerprint';
import { ImageRejected, type RejectionCode } from './domain/rejection';
import { decodeAndValidate } from './decode';
import { preprocessImage } from './preprocess';

let inputs: SpecialInputs;
beforeAll(async () => {
  inputs = await generateSpecialInputs();
});

async function rejection(bytes: Buffer, limits?: Parameters<typeof decodeAndValidate>[1]): Promise<ImageRejected> {
  try {
    await preprocessImage(bytes, { limits });
  } catch (e) {
    expect(e).toBeInstanceOf(ImageRejected);
    return e as ImageRejected;
  }
  throw new Error('expected the image to be rejected');
}

describe('preprocessImage refuses bad input with a code and an actionable message', () => {
  it.each<[keyof SpecialInputs, RejectionCode, RegExp]>([
    ['text', 'not_an_image', /not an image/],
    ['empty', 'empty', /0 bytes/],
    ['truncatedJpeg', 'truncated', /JPEG file is incomplete/],
    ['truncatedPng', 'truncated', /PNG file is incomplete/],
    ['truncatedWebp', 'truncated', /WEBP file is incomplete/],
    ['corruptPng', 'corrupt', /damaged/],
    ['pngBomb', 'too_many_pixels', /20000×20000 \(400\.0 MP\); the limit is 100\.0 MP/],
    ['svg', 'unsupported_format', /SVG is refused/],
    ['svgWithDeclaration', 'unsupported_format', /SVG is refused/],
    ['heic', 'unsupported_format', /HEIC/],
    ['tiny', 'too_small', /20×20/],
  ])('%s → %s', async (name, code, message) => {
    const e = await rejection(inputs[name]);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('refuses an animated GIF when configured to, a format outside the allowlist, and an over-size file', async () => {
    expect((await rejection(inputs.animatedGif, { animated: 'reject' })).code).toBe('animated');
    expect((await rejection(inputs.tiff, { allowedFormats: ['jpeg', 'png'] })).message).toMatch(/TIFF, which is not accepted/);
    expect((await rejection(inputs.jpeg, { maxBytes: 1000 })).code).toBe('too_large');
  });

  it('a decompression bomb is refused by the header check (our message and details), not by a failed decode', async () => {
    const e = await rejection(inputs.pngBomb);
    expect(e.details).toEqual({ width: 20000, height: 20000, pixels: 400_000_000, maxPixels: 100_000_000 });
    expect(e.cause).toBeUndefined();
  });
});

describe('preprocessImage normalises what it accepts', () => {
  it('applies EXIF orientation (200×100 stored, orientation 6 → 100×200 with the red half on top)', async () => {
    const r = await preprocessImage(inputs.orientedJpeg);
    expect(r.facts).toMatchObject({ width: 100, height: 200, orientation: 6 });
    const { data, info } = await sharp(r.derivative.bytes).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([100, 200]);
    const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(px(50, 20)[0]).toBeGreaterThan(200); // red on top
    expect(px(50, 180)[2]).toBeGreaterThan(200); // blue below
  });

  it.each(['cmykJpeg', 'png16', 'tiff', 'avif', 'jpeg'] as const)('%s → 8-bit sRGB derivative with no metadata, same picture as the JPEG', async (name) => {
    const reference = await preprocessImage(inputs.jpeg);
    const r = await preprocessImage(inputs[name]);
    const meta = await sharp(r.derivative.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', space: 'srgb', depth: 'uchar', channels: 3 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    const fa = await cacheFingerprint(reference.derivative.bytes);
    const fb = await cacheFingerprint(r.derivative.bytes);
    const bits = (BigInt(`0x${fa.phash}`) ^ BigInt(`0x${fb.phash}`)).toString(2).split('').filter((c) => c === '1').length;
    expect(bits).toBeLessThanOrEqual(4);
  });

  it('records source facts: CMYK and 16-bit sources are named, animated GIFs keep only their first frame', async () => {
    expect((await preprocessImage(inputs.cmykJpeg)).facts).toMatchObject({ colourSpace: 'cmyk', bitDepth: 8 });
    expect((await preprocessImage(inputs.png16)).facts).toMatchObject({ colourSpace: 'rgb16', bitDepth: 16 });
    const gif = await preprocessImage(inputs.animatedGif);
    expect(gif.facts).toMatchObject({ format: 'gif', frames: 3, width: 320, height: 320 });
    // Frame 1 is the red product (frames 2 and 3 are green and blue): the product cells are red-dominant.
    const { data } = await sharp(gif.derivative.bytes).resize(1, 1, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]!).toBeGreaterThan(data[1]!);
    expect(data[0]!).toBeGreaterThan(data[2]!);
  });

  it('measures transparency and flattens transparent products on white; measures a white studio background', async () => {
    const t = await preprocessImage(inputs.transparentPng);
    expect(t.facts.hasAlpha).toBe(true);
    expect(t.facts.transparencyShare).toBeGreaterThan(0.3);
    expect(t.facts.backgroundWhiteness).toBeGreaterThan(0.95);
    const j = await preprocessImage(inputs.jpeg);
    expect(j.facts.transparencyShare).toBe(0);
    expect(j.facts.backgroundWhiteness).toBeGreaterThan(0.9);
    expect(j.facts.aspect).toBe(1);
    expect(j.facts.sharpness).toBeGreaterThan(0);
  });

  it('a blurred copy scores lower sharpness', async () => {
    const blurred = await sharp(inputs.jpeg).blur(4).jpeg().toBuffer();
    expect((await preprocessImage(blurred)).facts.sharpness).toBeLessThan((await preprocessImage(inputs.jpeg)).facts.sharpness / 2);
  });

  it('the derivative never exceeds its max side and is never enlarged', async () => {
    const big = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    expect((await preprocessImage(big, { derivative: { maxSide: 512 } })).derivative).toMatchObject({ width: 512, height: 256 });
    expect((await preprocessImage(inputs.animatedGif)).derivative).toMatchObject({ width: 320, height: 320 });
  });
});
