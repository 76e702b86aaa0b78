// pHash of images: sharp only reduces the picture to a 32×32 greyscale sample; the hash itself is the pure
// DCT in domain/phash.ts.

import sharp from 'sharp';
import type { DecodedImage } from './decode';
import { PHASH_SAMPLE_SIZE, phashFromGrey32, phashHex } from './domain/phash';

export interface PerceptualHash {
  /** 16 lower-case hex characters. */
  hex: string;
  value: bigint;
}

function toHash(grey: Uint8Array): PerceptualHash {
  const value = phashFromGrey32(grey);
  return { hex: phashHex(value), value };
}

const SAMPLE = { width: PHASH_SAMPLE_SIZE, height: PHASH_SAMPLE_SIZE, fit: 'fill' } as const;

/** pHash of an already decoded and validated image (its flattened working raster). */
export async function phashOfDecoded(decoded: DecodedImage): Promise<PerceptualHash> {
  const { rgb } = decoded;
  const grey = await sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } }).resize(SAMPLE).greyscale().raw().toBuffer();
  return toHash(grey);
}

/**
 * pHash straight from encoded bytes (oriented, flattened on white), for tools and benchmarks. It applies
 * sharp's default pixel limit only: run untrusted bytes through decodeAndValidate / preprocessImage instead.
 */
export async function phashImage(bytes: Uint8Array): Promise<PerceptualHash> {
  const grey = await sharp(bytes, { autoOrient: true, failOn: 'warning' }).flatten({ background: '#ffffff' }).resize(SAMPLE).greyscale().raw().toBuffer();
  return toHash(grey);
}
