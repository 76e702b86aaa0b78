// The near-duplicate cache fingerprint, computed from the model-ready derivative bytes. Both sides of the
// cache use this one function on the same bytes: the preprocessor looks up with it, the describer stores
// with it (after reading the derivative back from the blob store). Deriving it from anything else (the
// source upload, a different working size) would give slightly different bits on the two sides and make
// the cache miss for no reason.

import sharp, { type Sharp } from 'sharp';
import { colourLayout } from './domain/colour-layout';
import { PHASH_SAMPLE_SIZE, phashFromGrey32, phashHex } from './domain/phash';

/** Structurally a @vitrine/neardup Fingerprint (imaging does not depend on neardup). */
export interface CacheFingerprint {
  /** 64-bit DCT pHash, 16 lower-case hex characters. */
  phash: string;
  /** 8×8 cells of (L*, a*+128, b*+128) bytes (COLOUR_LAYOUT_GRID). */
  colour: Uint8Array;
}

/** Working raster side for the colour layout: 8×8 pixels per cell of the 8×8 grid, cheap to decode to. */
const COLOUR_SIDE = 64;
/** Derivatives are ≤ 8192 px a side (derivative.ts); anything larger is not one of ours. */
const MAX_DERIVATIVE_PIXELS = 8192 * 8192;

export async function cacheFingerprint(derivative: Uint8Array): Promise<CacheFingerprint> {
  if (!(derivative instanceof Uint8Array) || derivative.length === 0) throw new TypeError('cacheFingerprint needs the derivative image bytes (got none)');
  const input = Buffer.isBuffer(derivative) ? derivative : Buffer.from(derivative.buffer, derivative.byteOffset, derivative.byteLength);
  const base = (): Sharp =>
    sharp(input, { failOn: 'error', limitInputPixels: MAX_DERIVATIVE_PIXELS, autoOrient: true }).flatten({ background: '#ffffff' }).toColourspace('srgb');
  const [grey, colour] = await Promise.all([
    base().resize(PHASH_SAMPLE_SIZE, PHASH_SAMPLE_SIZE, { fit: 'fill' }).greyscale().raw().toBuffer(),
    base().resize(COLOUR_SIDE, COLOUR_SIDE, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true }),
  ]);
  return {
    phash: phashHex(phashFromGrey32(grey)),
    colour: colourLayout({ data: colour.data, width: colour.info.width, height: colour.info.height, channels: colour.info.channels }),
  };
}
