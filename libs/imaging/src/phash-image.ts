// pHash of images: sharp only reduces the picture to a 32×32 greyscale sample; the hash itself is the pure
// DCT in domain/phash.ts.

import sharp from 'sharp';
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

/**
 * pHash straight from encoded bytes (oriented, flattened on white), for tools and benchmarks. It applies
 * sharp's default pixel limit only: run untrusted bytes through decodeAndValidate / preprocessImage instead.
 */
export async function phashImage(bytes: Uint8Array): Promise<PerceptualHash> {
  const grey = await sharp(bytes, { autoOrient: true, failOn: 'warning' }).flatten({ background: '#ffffff' }).resize(SAMPLE).greyscale().raw().toBuffer();
  return toHash(grey);
}
